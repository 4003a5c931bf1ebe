import Testing

@testable import mentor_coach

@Suite struct ReviewPagerTests {
  private func choose(
    _ environment: [String: String], terminal: Bool = true, installed: Set<String> = ["less"]
  ) -> ReviewPager.Choice {
    ReviewPager.choose(
      environment: environment, isTerminal: terminal, isRunnable: { installed.contains($0) })
  }

  @Test func lessByDefaultOnATerminalOnly() {
    #expect(choose([:]) == .command("less"))
    #expect(choose([:], terminal: false) == .none)
    #expect(choose(["PAGER": "less"], terminal: false) == .none)
    #expect(choose([:], installed: []) == .none)
  }

  @Test func theUsersPagerWithItsArguments() {
    #expect(choose(["PAGER": " most -s "], installed: ["most"]) == .command("most -s"))
    #expect(choose(["PAGER": ""]) == .none)
    #expect(choose(["PAGER": "cat"]) == .none)
  }

  @Test func aMissingPagerIsNamed() {
    #expect(choose(["PAGER": "nopager -R"]) == .missing(program: "nopager"))
  }

  @Test func lessGetsFRXUnlessSet() {
    #expect(ReviewPager.pagerEnvironment([:])["LESS"] == "FRX")
    #expect(ReviewPager.pagerEnvironment(["LESS": ""])["LESS"] == "")
    #expect(ReviewPager.pagerEnvironment(["LESS": "-S"])["LESS"] == "-S")
  }
}
