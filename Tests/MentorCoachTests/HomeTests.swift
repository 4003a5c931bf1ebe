import CoachKit
import Testing

@testable import mentor_coach

/// What a line typed at the home screen chooses.
@Suite struct HomeTests {
  static let other = """
    id: another-talk
    title: Another talk
    area: time
    summary: A second scenario.
    minutes: 5
    version: 1
    steps:
      - id: only
        ask: text
        question: Anything?
      - id: done
        end: true
        say: Thanks.
    """

  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var resumable = 1
    /// `practice:<scenario id>`, `resume`, `quit`, or nil for no choice.
    var choice: String?
    var testDescription: String { id }
  }

  @Test(arguments: [
    Case(id: "first by number", text: "1", choice: "practice:another-talk"),
    Case(id: "second by number", text: "2", choice: "practice:first-meeting"),
    Case(id: "number zero", text: "0", choice: nil),
    Case(id: "number past the end", text: "3", choice: nil),
    Case(id: "negative number", text: "-1", choice: nil),
    Case(id: "by id", text: "first-meeting", choice: "practice:first-meeting"),
    Case(id: "id is exact", text: "First-Meeting", choice: nil),
    Case(id: "unknown id", text: "first-meting", choice: nil),
    Case(id: "r resumes", text: "r", choice: "resume"),
    Case(id: "resume resumes", text: "resume", choice: "resume"),
    Case(id: "r without a session", text: "r", resumable: 0, choice: nil),
    Case(id: "resume without a session", text: "resume", resumable: 0, choice: nil),
    Case(id: "r2 resumes the second", text: "r2", resumable: 3, choice: "resume:2"),
    Case(id: "r 3 resumes the third", text: "r 3", resumable: 3, choice: "resume:3"),
    Case(id: "r1 is the latest", text: "r1", resumable: 3, choice: "resume"),
    Case(id: "r4 past the list", text: "r4", resumable: 3, choice: nil),
    Case(id: "r0", text: "r0", resumable: 3, choice: nil),
    Case(id: "r2 without sessions", text: "r2", resumable: 0, choice: nil),
    Case(id: ":quit", text: ":quit", choice: "quit"),
    Case(id: ":q", text: ":q", choice: "quit"),
    Case(id: "q", text: "q", choice: "quit"),
    Case(id: "q without a session", text: "q", resumable: 0, choice: "quit"),
    Case(id: "empty", text: "", choice: nil),
  ])
  func chooses(_ test: Case) throws {
    let scenarios = [try compiled(Self.other, path: "another-talk.yaml"), try firstMeeting()]
    let choice = Home.choice(test.text, scenarios: scenarios, resumable: test.resumable)
    #expect(choice.map(Self.describe) == test.choice)
  }

  static func describe(_ choice: Home.Choice) -> String {
    switch choice {
    case .practice(let scenario): "practice:\(scenario.id)"
    case .resume(let index): index == 0 ? "resume" : "resume:\(index + 1)"
    case .quit: "quit"
    }
  }

  @Test func theHistoryKeepsAChoiceByNameNeverTheNumberTyped() throws {
    let scenarios = [try compiled(Self.other, path: "another-talk.yaml"), try firstMeeting()]
    let entries = ["2", "first-meeting", "r", "r3", "q", ":q"].map {
      Home.choice($0, scenarios: scenarios, resumable: 3)?.historyEntry
    }
    #expect(entries == ["first-meeting", "first-meeting", "r", "r3", ":quit", ":quit"])
  }

  @Test func aNumberWithNoScenariosChoosesNothing() async {
    // `1...scenarios.count` is an invalid range when the library is empty: the program traps.
    await #expect(processExitsWith: .success) {
      _ = Home.choice("1", scenarios: [], resumable: 0)
    }
  }
}
