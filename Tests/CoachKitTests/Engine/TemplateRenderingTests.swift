import CoachKit
import Testing

@Suite struct TemplateRenderingTests {
  static let yaml =
    scenarioHeader + """
      steps:
        - id: talk
          question: Who does what?
          rules:
            - match: "* (she|he) [could|will] (book*|send*|write*) *"
              reply: "So your mentee {3} {4} {5}."
          fallback: [Say more?, Anything else?]
          next: talk
        - id: done
          end: true
      """

  @Test func anEmptyCaptureLeavesNoDoubleSpace() throws {
    var engine = startedEngine(try scenario(Self.yaml))
    let replies = engine.say("she books the room").replies
    #expect(replies == ["So your mentee books the room."])
  }

  @Test func anEmptyCaptureBeforePunctuationLeavesNoSpace() throws {
    var engine = startedEngine(try scenario(Self.yaml))
    let replies = engine.say("she could send").replies
    #expect(replies == ["So your mentee could send."])
  }
}
