import CoachKit
import Foundation
import TestSupport
import Testing

/// The tiers below a step's rules: a reply written for a theme tag (the step's own, then the
/// shared one), a reflective paraphrase, and only then a fallback question.
@Suite struct ReplyTierTests {
  static let yaml =
    scenarioHeader + """
      steps:
        - id: talk
          question: What gets in the way?
          themes: [time]
          rules:
            - match: "* rota *"
              reply: The rota again.
          tag-replies:
            time.cancelling: A cancelled meeting deserves a new date, straight away.
          fallback: [What else?, Anything more?]
          next: done
        - id: done
          end: true
      """

  func engine(reflection: String = "") throws -> Engine {
    let source = Self.yaml.replacingOccurrences(
      of: "version: 1\n", with: "version: 1\n\(reflection)")
    let (compiled, diagnostics) = ScenarioCompiler.compile(
      source, path: "tiers.yaml", prompts: try BundledPrompts.prompts())
    #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
    return startedEngine(try #require(compiled))
  }

  func reply(_ text: String, reflection: String = "") throws -> (String, String?) {
    var engine = try engine(reflection: reflection)
    let outputs = engine.say(text)
    let said = try #require(outputs.first { $0.kind == .reply || $0.kind == .fallback })
    return (said.text, said.rule?.id)
  }

  @Test func aStepRuleStillComesFirst() throws {
    #expect(try reply("the rota, and she cancelled twice").1 == "talk#1")
  }

  @Test func theStepsOwnReplyForATagComesNext() throws {
    let (text, rule) = try reply("She cancelled our last two meetings")
    #expect(text == "A cancelled meeting deserves a new date, straight away.")
    #expect(rule == "talk/tag:time.cancelling")
  }

  @Test func theSharedReplyForATagWhenTheStepHasNone() throws {
    let (text, rule) = try reply("I am completely overloaded at the moment")
    #expect(rule == "tag:time.overload")
    #expect(text.contains("a lot to hold"))
  }

  @Test func aParaphraseWhenNoTagHasAReply() throws {
    let (text, rule) = try reply("I think I should still do the booking, she's only a student.")
    #expect(rule == "paraphrase")
    #expect(
      text == "So you think you should still do the booking. Thank you for putting that into words."
    )
  }

  @Test func aFallbackQuestionOnlyWhenNothingElseFits() throws {
    let (text, rule) = try reply("Everything really")
    #expect(rule == nil)
    #expect(text == "What else?")
  }

  @Test func scanModeKeepsToTheScenariosOwnRules() throws {
    let (_, rule) = try reply(
      "I am completely overloaded at the moment", reflection: "reflection: scan\n")
    #expect(rule == nil)
  }

  @Test func theTierIsRecordedAsTheAnswersRule() throws {
    var engine = try engine()
    let outputs = engine.say("She cancelled our last two meetings")
    #expect(outputs.records.first?.rule?.id == "talk/tag:time.cancelling")
  }
}
