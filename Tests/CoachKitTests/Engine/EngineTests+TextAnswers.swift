import CoachKit
import Testing

extension EngineTests {
  static let choosing =
    scenarioHeader + """
      steps:
        - id: talk
          question: What is on your mind?
          rules:
            - id: plan
              match: "* plan *"
              tags: [time.plan]
            - id: busy
              match: "* busy *"
              tags: [time.overload]
              reply: Busy.
            - id: busy-or-swamped
              match: "* (busy|swamped) *"
              reply: Busy or swamped.
            - id: rota
              match: "* rota *"
              tags: [time.clinical-conflict]
              reply: Rota.
            - id: tired
              match: "* tired *"
              rank: 2
              reply: Tired.
            - id: mentee
              match: "* mentee *"
              reply: Mentee.
            - id: my-mentee
              match: "* my mentee *"
              reply: My mentee.
          fallback: [Say more?, Anything else?]
          next: talk
        - id: done
          end: true
      """

  struct Choice: Sendable, CustomTestStringConvertible {
    var id: String
    var answer: String
    var reply: String
    var testDescription: String { id }
  }

  static let choices: [Choice] = [
    Choice(
      id: "words earlier in the answer win", answer: "I am busy with the rota", reply: "Busy."),
    Choice(
      id: "words earlier in the answer win, reversed", answer: "the rota keeps me busy",
      reply: "Rota."),
    Choice(id: "a higher rank wins wherever it is", answer: "busy and tired", reply: "Tired."),
    Choice(id: "the first clause with a rule wins", answer: "well, the rota", reply: "Rota."),
    Choice(
      id: "the clause comes before the rank", answer: "the rota, and I am tired", reply: "Rota."),
    Choice(id: "the earlier rule in the file breaks a tie", answer: "I am busy", reply: "Busy."),
    Choice(
      id: "a later rule replies when it alone matches", answer: "I am swamped",
      reply: "Busy or swamped."),
    Choice(
      id: "a pattern's first word sets its position", answer: "my mentee", reply: "My mentee."),
    Choice(id: "a tag-only rule never replies", answer: "I plan to be busy", reply: "Busy."),
    Choice(
      id: "a negator in another clause does not count", answer: "no, I am busy", reply: "Busy."),
  ]

  @Test(arguments: choices)
  func choosesTheReplyingRule(_ example: Choice) throws {
    var engine = startedEngine(try scenario(Self.choosing))
    #expect(engine.say(example.answer).replies == [example.reply])
  }

  @Test func gathersTagsFromEveryClauseAndRule() throws {
    var engine = startedEngine(try scenario(Self.choosing))
    let outputs = engine.say("I plan to fix the rota, and I am swamped")
    #expect(outputs.replies == ["Rota."])
    let tags = Set(try #require(outputs.records.first).tags)
    #expect(tags == ["time.plan", "time.clinical-conflict", "time.overload"])
    #expect(engine.state.core.tagCounts["time.overload"] == 1)
    #expect(engine.state.core.variables["tag.time.plan"] == "1")
  }

  @Test func reflectsCapturesIntoTheReply() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* i feel feeling=* about *"
                  reply: "You feel {feeling} about {6}, not {raw:6}."
              next: talk
            - id: done
              end: true
          """))
    let outputs = engine.say("Honestly I feel nervous about my mentee")
    #expect(outputs.replies == ["You feel nervous about your mentee, not my mentee."])
    let record = try #require(outputs.records.first)
    #expect(record.captures["feeling"] == "nervous")
    #expect(record.captures["6"] == "my mentee")
  }

  @Test func usesAListOfRepliesInTurnWrappingRound() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* busy *"
                  reply: [One., Two.]
              next: talk
            - id: done
              end: true
          """))
    let replies = (1...3).flatMap { _ in engine.say("busy").replies }
    #expect(replies == ["One.", "Two.", "One."])
  }

  @Test func followsTheNextOfTheRuleThatReplied() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* stop *"
                  reply: Stopping.
                  next: done
              next: other
            - id: other
              question: Other?
              next: done
            - id: done
              end: true
              say: Bye.
          """))
    let outputs = engine.say("please stop")
    #expect(outputs.replies == ["Stopping."])
    #expect(outputs.summary == "Bye.")
    #expect(engine.isFinished)
  }

  @Test func setsVariablesAndHonoursConditions() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          variables: {asked: no}
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* rota *"
                  when: not asked
                  set: {asked: yes}
                  reply: Tell me about the rota.
              fallback: [Say more?, Anything else?]
              next: talk
            - id: done
              end: true
          """))
    #expect(engine.state.core.variables["asked"] == "no")
    #expect(engine.say("the rota").replies == ["Tell me about the rota."])
    #expect(engine.state.core.variables["asked"] == "yes")
    #expect(engine.say("the rota again").fallbacks == ["Say more?"])
  }

  @Test func anUnlessPatternVetoesTheRule() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* busy *"
                  unless: ["* my mentee *"]
                  reply: Busy.
              fallback: [Say more?, Anything else?]
              next: talk
            - id: done
              end: true
          """))
    #expect(engine.say("my mentee is busy").replies.isEmpty)
    #expect(engine.say("I am busy").replies == ["Busy."])
  }

  @Test func negationBlocksRequiresOrIsIgnored() throws {
    let text =
      scenarioHeader + """
        steps:
          - id: talk
            question: Go on?
            rules:
              - match: "* busy *"
                reply: Busy.
              - match: "* protected time *"
                negation: require
                reply: No protected time.
              - match: "* tired *"
                negation: ignore
                reply: Tired.
            fallback: [Say more?, Anything else?]
            next: talk
          - id: done
            end: true
        """
    var engine = startedEngine(try scenario(text))
    #expect(engine.say("I am not busy").replies.isEmpty)
    #expect(engine.say("I never get protected time").replies == ["No protected time."])
    #expect(engine.say("I get protected time").replies.isEmpty)
    #expect(engine.say("I am not tired").replies == ["Tired."])
    #expect(engine.say("I am tired").replies == ["Tired."])
  }

  @Test func scanModeReflectsTheAnswerBeforeMatching() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          reflection: scan
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* you are *"
                  reply: "Why are you {4}?"
              next: talk
            - id: done
              end: true
          """))
    #expect(engine.say("I am tired of my rota").replies == ["Why are you tired of your rota?"])
  }

  @Test func scanModeTagsWithTheRuleThatReplies() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          reflection: scan
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* you are *"
                  tags: [x-self]
                  reply: "Why are you {4}?"
              next: talk
            - id: done
              end: true
          """))
    let outputs = engine.say("I am tired")
    #expect(outputs.replies == ["Why are you tired?"])
    #expect(outputs.records.first?.tags == ["x-self"])
  }

  @Test func aRuleWarnedAsHiddenNeverReplies() throws {
    let text =
      scenarioHeader + """
        steps:
          - id: talk
            question: Go on?
            rules:
              - match: "*"
                reply: Anything.
              - match: "* busy *"
                reply: Busy.
            next: talk
          - id: done
            end: true
        """
    let (compiled, diagnostics) = try compile(text)
    #expect(diagnostics.map(\.code).contains(.hiddenRule))
    var engine = startedEngine(try #require(compiled))
    #expect(engine.say("I am busy").replies == ["Anything."])
  }

  @Test func namesTheThemesNoticedSoFarMostFrequentFirst() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* plan *"
                  tags: [time.plan]
                  reply: Good.
              next: talk
            - id: wrap
              question: Anything else?
              rules:
                - match: "*"
                  reply: "So far: {tags}."
              next: done
            - id: done
              end: true
          """))
    engine.jump(to: 0)
    _ = engine.say("I am swamped")
    _ = engine.say("I am swamped, the rota, a plan")
    engine.jump(to: 1)
    #expect(
      engine.say("nothing").replies == [
        "So far: having too much on, clinical work getting in the way and a concrete plan for your time."
      ])
  }

  @Test func asksAgainAfterABlankAnswer() throws {
    var engine = startedEngine(try firstMeeting())
    let outputs = engine.say("   ")
    #expect(outputs.retries == ["Take your time."])
    #expect(outputs.records.first?.accepted == false)
    #expect(engine.currentStep.id == "opening")
    #expect(engine.state.core.answers["opening"] == nil)
  }
}
