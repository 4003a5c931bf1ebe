import CoachKit
import Foundation
import Testing

@Suite struct ExplanationTests {
  /// The line of the first line of the fixture that contains `text`.
  private func line(of text: String) throws -> Int {
    let lines = try fixtureText("first-meeting.yaml").split(
      separator: "\n", omittingEmptySubsequences: false)
    return try #require(lines.firstIndex { $0.contains(text) }) + 1
  }

  @Test func explainsTheWinningRuleAndWhatFollows() throws {
    let explanation = Explanation(scenario: try firstMeeting(), stepIndex: 0, text: "I'm swamped")
    #expect(explanation.step == "opening")
    #expect(explanation.reply == "You sound swamped. Let's keep it manageable.")
    #expect(explanation.next == "confidence")
    #expect(explanation.interpretation.winner?.rule.reference.id == "busy")
    #expect(explanation.ruleLocation == "first-meeting.yaml:\(try line(of: "- id: busy"))")
  }

  @Test func writesAReadableAccount() throws {
    let explanation = Explanation(scenario: try firstMeeting(), stepIndex: 0, text: "I'm swamped")
    let text = explanation.text()
    let busy = try line(of: "- id: busy")
    #expect(text.hasPrefix("Scenario first-meeting, step opening\nAnswer:     I'm swamped\n"))
    #expect(text.contains("Normalised: i am swamped\n"))
    #expect(text.contains("Clause used: 1 (i am swamped)\n"))
    #expect(text.contains("  [reply clause 1] busy (first-meeting.yaml:\(busy)): matched\n"))
    #expect(text.contains("Winner:     busy (first-meeting.yaml:\(busy))\n"))
    #expect(text.contains("Tags:       time.overload\n"))
    #expect(text.contains("Captures:   {1} = \"I'm\", {2} = \"swamped\"\n"))
    #expect(text.hasSuffix("Next step:  confidence"))
    let short = explanation.text(trace: false)
    #expect(!short.contains("Rules considered:"))
    #expect(!short.contains("[reply clause 1]"))
    #expect(short.contains("Winner:     busy (first-meeting.yaml:\(busy))\n"))
  }

  @Test func explainsAFallback() throws {
    let explanation = Explanation(
      scenario: try firstMeeting(), stepIndex: 0, text: "I am not swamped")
    #expect(explanation.interpretation.winner == nil)
    #expect(explanation.reply == "Tell me more about the meeting itself.")
    #expect(explanation.next == "opening")
    #expect(
      explanation.interpretation.trace.contains { $0.rule.id == "busy" && $0.outcome == "negated" })
    #expect(explanation.text().contains("Winner:     none (fallback)"))
  }

  @Test func writesJSON() throws {
    let explanation = Explanation(scenario: try firstMeeting(), stepIndex: 0, text: "I'm swamped")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(explanation.json().utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "first-meeting")
    #expect(object["rule"] as? String == "busy")
    #expect(object["location"] as? String == "first-meeting.yaml:\(try line(of: "- id: busy"))")
    #expect(object["clause"] as? Int == 1)
    #expect(object["safety"] as? Bool == false)
    #expect(object["tags"] as? [String] == ["time.overload"])
    #expect(object["captures"] as? [String: String] == ["1": "I'm", "2": "swamped"])
    #expect(object["next"] as? String == "confidence")
    #expect((object["considered"] as? [Any])?.isEmpty == false)
  }

  @Test func explainsTheSafetyNet() throws {
    let explanation = Explanation(scenario: try firstMeeting(), stepIndex: 0, text: "I want to die")
    #expect(explanation.interpretation.safetyRule?.id == "first-person")
    #expect(explanation.reply.hasPrefix("This is a practice tool, not a crisis service."))
    #expect(explanation.text().contains("Safety net: caught by first-person"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(explanation.json().utf8)) as? [String: Any])
    #expect(object["safety"] as? Bool == true)
    #expect(object["rule"] as? String == "first-person")
  }

  @Test func explainingChangesNothing() throws {
    var engine = startedEngine(try firstMeeting())
    _ = engine.say("hello")
    let before = engine.state
    let explanation = Explanation(engine: engine, text: "still nothing")
    #expect(explanation.reply == "Thank you. Let's keep going.")
    #expect(explanation.next == "confidence")
    #expect(engine.state == before)
    #expect(engine.currentStep.id == "opening")
  }

  @Test func explainsAtALaterStepWithTheSessionsVariables() throws {
    let explanation = Explanation(
      scenario: try firstMeeting(), stepIndex: 3, text: "I will book a room")
    #expect(explanation.step == "step")
    #expect(explanation.reply == "That is concrete. Put it in your diary now.")
    #expect(explanation.next == "wrap-up")
    #expect(explanation.interpretation.tags == ["time.plan"])
  }
}
