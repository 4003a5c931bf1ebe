import CoachKit
import Foundation
import TestSupport
import Testing

/// A whole conversation with a script written the DOCTOR way, turn by turn: the test that the
/// rule language can carry such a script without loss.
@Suite struct ScanModeConversationTests {
  struct Turn: Sendable, CustomTestStringConvertible {
    var said: String
    var reply: String
    var testDescription: String { said }
  }

  static let conversation: [Turn] = [
    Turn(said: "Cats and dogs are alike.", reply: "HOW ARE THEY ALIKE"),
    Turn(said: "Well, my rota made me late today.", reply: "YOUR ROTA MADE YOU LATE TODAY"),
    Turn(said: "You are like my sister in some ways.", reply: "WHAT DO YOU SEE IN COMMON"),
    Turn(
      said: "I hope for a quiet night", reply: "WHAT WOULD IT MEAN IF YOU GOT FOR A QUIET NIGHT"),
    Turn(said: "My brother looks after me.", reply: "TELL ME ABOUT YOUR RELATIVES"),
    Turn(said: "My aunt cooks for me", reply: "WHO ELSE IN YOUR FAMILY COOKS FOR YOU"),
    Turn(said: "You are stubborn", reply: "WHAT MAKES YOU THINK I WAS STUBBORN"),
    Turn(said: "You don't listen to me", reply: "WHY DO YOU SAY I DON'T LISTEN TO YOU"),
    Turn(said: "Perhaps.", reply: "EARLIER YOU MENTIONED YOUR ROTA MADE YOU LATE TODAY"),
    Turn(said: "Perhaps.", reply: "PLEASE CONTINUE"),
    Turn(said: "Hmm.", reply: "I SEE"),
    Turn(said: "Hmm.", reply: "SAY MORE"),
    Turn(said: "Hmm.", reply: "PLEASE CONTINUE"),
    Turn(said: "Goodbye, then.", reply: "FAREWELL"),
  ]

  @Test func reproducesTheWholeConversation() throws {
    let text = try String(
      contentsOf: FixturePrompts.fixturesFolder.appendingPathComponent("scripts/listener.yaml"),
      encoding: .utf8)
    let (compiled, diagnostics) = ScenarioCompiler.compile(
      text, path: "listener.yaml", prompts: try FixturePrompts.load())
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    var engine = Engine(scenario: try #require(compiled))
    let opening = engine.start()
    #expect(opening.map(\.text) == ["WHAT BRINGS YOU HERE"])
    for turn in Self.conversation {
      let words = engine.handle(.answer(turn.said)).filter { output in
        switch output.kind {
        case .reply, .fallback: true
        default: false
        }
      }.map(\.text)
      #expect(words == [turn.reply], "after \"\(turn.said)\"")
    }
    #expect(engine.isFinished)
  }
}
