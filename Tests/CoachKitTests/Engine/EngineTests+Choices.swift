import CoachKit
import Testing

extension EngineTests {
  /// The first meeting, at its choice question.
  static func atFormat() throws -> Engine {
    var engine = try atConfidence()
    _ = engine.say("5")
    #expect(engine.currentStep.id == "format")
    return engine
  }

  struct ChoiceCase: Sendable, CustomTestStringConvertible {
    var id: String
    var answer: String
    var label: String?
    var testDescription: String { id }
  }

  static let choiceCases: [ChoiceCase] = [
    ChoiceCase(id: "a number", answer: "2", label: "On a video call"),
    ChoiceCase(id: "a number with a full stop", answer: "1.", label: "In person"),
    ChoiceCase(id: "a number with a bracket", answer: "2)", label: "On a video call"),
    ChoiceCase(id: "the whole label in any case", answer: "in PERSON", label: "In person"),
    ChoiceCase(id: "the unique start of a label", answer: "on a", label: "On a video call"),
    ChoiceCase(id: "a number out of range", answer: "3", label: nil),
    ChoiceCase(id: "zero", answer: "0", label: nil),
    ChoiceCase(id: "words of no label", answer: "by phone", label: nil),
    ChoiceCase(id: "nothing", answer: " ", label: nil),
  ]

  @Test(arguments: choiceCases)
  func readsAChoiceByNumberOrLabel(_ example: ChoiceCase) throws {
    var engine = try Self.atFormat()
    let outputs = engine.say(example.answer)
    #expect(engine.state.core.choices["format"] == example.label)
    #expect(engine.currentStep.id == (example.label == nil ? "format" : "step"))
    if example.label == nil {
      #expect(outputs.retries == ["Please type a number from 1 to 2."])
      #expect(outputs.questions == ["How would you like to meet?"])
    }
  }

  @Test func refusesAStartSharedByTwoLabels() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: pick
              question: Where?
              choices: [On a call, On site, Elsewhere]
            - id: done
              end: true
          """))
    #expect(engine.say("on").retries == ["Please type a number from 1 to 3."])
    _ = engine.say("on s")
    #expect(engine.state.core.choices["pick"] == "On site")
  }

  @Test func aChoiceLeadsOnSetsAndTags() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: pick
              question: Which?
              choices:
                - label: Say no
                  tags: [boundary.saying-no]
                  set: {declined: yes}
                  next: done
                - label: Say yes
            - id: other
              question: Why yes?
            - id: done
              end: true
              say: "You chose {choice:pick}."
          """))
    let outputs = engine.say("1")
    #expect(outputs.records.first?.tags == ["boundary.saying-no"])
    #expect(outputs.records.first?.value == 1)
    #expect(engine.state.core.variables["declined"] == "yes")
    #expect(engine.state.core.variables["choice.pick"] == "Say no")
    #expect(outputs.summary == "You chose Say no.")
  }
}
