import CoachKit
import Testing

extension EngineTests {
  static let keywords =
    scenarioHeader + """
      keywords:
        - key: [remember, recall]
          rank: 5
          rules:
            - match: "* i remember *"
              reply: ["Do you often think of {4}?", "What else does {4} bring to mind?"]
            - goto: what
        - key: what
          rules:
            - match: "*"
              reply: Why do you ask?
        - key: [how, when]
          rules:
            - goto: what
        - key: you are
          rules:
            - match: "* you are *"
              pre: "i am {4}"
              goto: i
        - key: i
          rules:
            - match: "* i am *"
              reply: "How long have you been {4}?"
        - key: my
          rules:
            - match: "* my *"
              newkey: true
        - key: mentee
          rules:
            - match: "* (late|absent) *"
              reply: Late again?
        - key: trainee
          rules:
            - match: "*"
              reply: Tell me about your trainee.
        - key: alpha
          rules:
            - match: "*"
              reply: Alpha.
        - key: beta
          rank: 3
          rules:
            - match: "*"
              reply: Beta.
      steps:
        - id: talk
          question: Go on?
          rules:
            - key: homework
              rules:
                - match: "*"
                  reply: The step's own keyword.
            - match: "* alpha *"
              reply: The step's rule.
          fallback: [Say more?, Anything else?]
          next: talk
        - id: done
          end: true
      """

  struct KeywordCase: Sendable, CustomTestStringConvertible {
    var id: String
    var answer: String
    var reply: String
    var testDescription: String { id }
  }

  static let keywordCases: [KeywordCase] = [
    KeywordCase(
      id: "a decomposition pattern replies", answer: "I remember my first mentor",
      reply: "Do you often think of your first mentor?"),
    KeywordCase(
      id: "any key of the list makes it present", answer: "I recall nights",
      reply: "Why do you ask?"),
    KeywordCase(
      id: "a bare goto redirects", answer: "how should I start", reply: "Why do you ask?"),
    KeywordCase(
      id: "pre rewrites the clause before goto", answer: "you are kind",
      reply: "How long have you been kind?"),
    KeywordCase(
      id: "newkey passes to the next keyword present", answer: "my trainee",
      reply: "Tell me about your trainee."),
    KeywordCase(
      id: "no matching decomposition tries the next rule present",
      answer: "my mentee and I am tired",
      reply: "How long have you been tired?"),
    KeywordCase(id: "a higher-ranked keyword wins", answer: "alpha then beta", reply: "Beta."),
    KeywordCase(
      id: "step rules come before scenario keywords of equal rank", answer: "alpha",
      reply: "The step's rule."),
    KeywordCase(
      id: "a step may hold its own keyword", answer: "homework", reply: "The step's own keyword."),
  ]

  @Test(arguments: keywordCases)
  func appliesKeywordRules(_ example: KeywordCase) throws {
    var engine = startedEngine(try scenario(Self.keywords))
    #expect(engine.say(example.answer).replies == [example.reply])
  }

  @Test func usesAKeywordsRepliesInTurn() throws {
    var engine = startedEngine(try scenario(Self.keywords))
    let replies = (1...2).flatMap { _ in engine.say("I remember the rota").replies }
    #expect(
      replies == ["Do you often think of the rota?", "What else does the rota bring to mind?"])
  }

  @Test func fallsBackWhenNoKeywordReplies() throws {
    var engine = startedEngine(try scenario(Self.keywords))
    let outputs = engine.say("my mentee")
    #expect(outputs.replies.isEmpty)
    #expect(outputs.fallbacks == ["Say more?"])
  }
}
