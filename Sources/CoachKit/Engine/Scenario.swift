/// A compiled scenario: references resolved, concepts expanded, patterns compiled.
///
/// Only the compiler makes one, so the engine can rely on every index being valid.
public struct Scenario: Sendable {
  /// The scenario's id, as `practice ID` takes it.
  public var id: String
  /// The title shown on the home screen.
  public var title: String
  /// `self-doubt`, `time`, `boundaries` or `other`.
  public var area: String
  /// One line for the home screen.
  public var summary: String
  /// The estimated length in minutes.
  public var minutes: Int
  /// The author's version number.
  public var version: Int
  /// The file it came from, as shown in diagnostics.
  public var path: String
  /// Where substitutions are applied.
  public var reflection: ReflectionMode
  /// Whether the coach's words (replies, questions, endings) are shown in capitals.
  public var speaksInCapitals = false
  /// How the rules present in a clause are ordered.
  public var mode = ScenarioMode.standard
  /// The substitution table: the shared one with the scenario's own `substitutions` over it.
  public var reflector: Reflector
  /// The scenario's concepts merged over the shared theme concepts.
  public var concepts: ConceptTable
  /// Every keyword, the scenario's and the steps' own.
  public var keywords: [Keyword]
  /// The indices of the scenario-wide keywords, tried at every free-text step.
  public var globalKeywords: [Int]
  /// The steps in file order.
  public var steps: [Step]
  /// The index of the first step.
  public var startIndex: Int
  /// Starting values of variables.
  public var variables: [String: String]
  /// The shared voice, theme rules and safety net.
  public var prompts: Prompts
  /// Per step, the indexes of its tagging and replying rules; built by the compiler.
  var filters: [StepFilters] = []
  /// Puts right one-letter slips against the rules' words; built by the compiler from
  /// `Prompts.isEnglishWord` (none without a word list).
  var typos = TypoCorrector.none

  /// The index of the step with this id.
  public func stepIndex(_ id: String) -> Int? { steps.firstIndex { $0.id == id } }
}

/// The rules a free-text step consults, each list with its word index.
struct StepFilters: Sendable {
  /// The step's plain rules with tags (the shared theme rules are indexed in `Prompts`).
  var tagging: [Rule]
  var taggingFilter: RuleFilter
  /// The step's plain rules that reply or redirect.
  var replying: [(order: Int, rule: Rule)]
  var replyingFilter: RuleFilter
}

/// Where a rule was written, for the transcript and `explain`.
public struct RuleReference: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The rule's id, or a generated one such as `opening#2`.
  public var id: String
  /// Where it was written.
  public var location: SourceLocation

  /// Creates a reference.
  public init(id: String, location: SourceLocation) {
    self.id = id
    self.location = location
  }

  /// `id (path:line)`.
  public var description: String { "\(id) (\(location.shortDescription))" }
}

/// A variable assignment made when a rule, choice or scale reply is used.
public struct Assignment: Sendable, Hashable {
  /// The variable.
  public var name: String
  /// The new value.
  public var value: String
}

/// A branch of `next`: the step, when the condition holds.
public struct Branch: Sendable, Hashable {
  /// The condition, or nil for always.
  public var condition: Condition?
  /// The step index.
  public var step: Int
}

/// A compiled rule.
public struct Rule: Sendable {
  /// Where it was written.
  public var reference: RuleReference
  /// The pattern, or nil for a rule that always applies (a bare redirect).
  public var pattern: Pattern?
  /// The rank: higher wins.
  public var rank: Int
  /// The theme tags it adds.
  public var tags: [String]
  /// The replies, used in turn.
  public var replies: [Template]
  /// Where to go next, or empty for the step's own `next`.
  public var next: [Branch]
  /// A condition on variables.
  public var condition: Condition?
  /// Variables to set when it replies.
  public var assignments: [Assignment]
  /// Replies kept for later, used in turn.
  public var remember: [Template]
  /// How negation affects it.
  public var negation: NegationPolicy
  /// Patterns that veto it when they match the same clause.
  public var unless: [Pattern]
  /// A keyword to redirect to.
  public var redirect: Int?
  /// A rewrite applied before the redirect.
  public var rewrite: Template?
  /// Whether it passes to the next keyword present.
  public var isNewKey: Bool
  /// The theme area (shared theme rules only).
  public var area: String?
  /// The key of its reply and memory rotations: its place in the scenario (`STEP#N`,
  /// `KEYWORD#N`), unique even when two rules share an explicit `id`.
  public var cursorKey = ""
  /// Members of the reply rotation that pass the answer on instead of replying, by their place
  /// in the rotation (DOCTOR's `(=WHAT)` or `NEWKEY` among a rule's reassemblies).
  public var rotationActions: [Int: RotationAction] = [:]

  /// Whether it only adds tags and never replies.
  public var isTagOnly: Bool {
    replies.isEmpty && rotationActions.isEmpty && redirect == nil && !isNewKey
  }

  /// How many members its reply rotation has: the replies and the actions among them.
  public var rotationCount: Int { replies.count + rotationActions.count }

  /// The member of the reply rotation used the `turn`-th time the rule is reached (from 0).
  public func rotationMember(_ turn: Int) -> RotationMember {
    let place = turn % max(1, rotationCount)
    if let action = rotationActions[place] { return .action(action) }
    let before = rotationActions.keys.filter { $0 < place }.count
    return .reply(replies[place - before])
  }
}

/// What a member of a reply rotation does instead of replying.
public enum RotationAction: Sendable {
  /// Try this keyword instead, on the clause rewritten by the template when there is one.
  case redirect(keyword: Int, rewrite: Template?)
  /// Try the next keyword present.
  case newKey
}

/// One member of a rule's reply rotation.
public enum RotationMember: Sendable {
  /// A reply.
  case reply(Template)
  /// A redirect or NEWKEY.
  case action(RotationAction)
}

/// One of a keyword's memory transformations (DOCTOR's MEMORY): when the keyword is tried and
/// the pattern matches, the filled template is kept for later.
public struct MemoryTransformation: Sendable {
  /// The pattern, or nil for the whole clause.
  public var pattern: Pattern?
  /// What to remember.
  public var remember: Template
}

/// A keyword: present when one of its keys occurs in the clause; its rules are tried in order.
public struct Keyword: Sendable {
  /// Where it was written.
  public var reference: RuleReference
  /// The name `goto` uses: its id, or its first key.
  public var name: String
  /// Each key as a pattern `* key *`.
  public var keys: [Pattern]
  /// The rank: higher wins.
  public var rank: Int
  /// The decomposition rules.
  public var rules: [Rule]
  /// Its memory transformations; one, chosen by DOCTOR's hash of the clause's last word, is
  /// laid down whenever the keyword is tried.
  public var memory: [MemoryTransformation] = []
}

/// An item of a step's rules.
public enum StepRule: Sendable {
  /// A plain rule.
  case plain(Rule)
  /// A keyword, by index into `Scenario.keywords`.
  case keyword(Int)
}

/// A compiled step.
public struct Step: Sendable {
  /// The step's id.
  public var id: String
  /// Where it was written.
  public var location: SourceLocation
  /// Paragraphs said when it begins.
  public var say: [Template]
  /// What it asks for.
  public var ask: AskKind
  /// The question.
  public var question: Template?
  /// The rules that read a free-text answer.
  public var rules: [StepRule]
  /// The theme areas whose shared rules tag answers here.
  public var themeAreas: Set<String>
  /// Replies by theme tag, for when no rule of the step replies (`tag-replies`).
  public var tagReplies: [String: TagReply] = [:]
  /// Open questions for when nothing replies.
  public var fallback: [Template]
  /// The choices of a choice step.
  public var choices: [Choice]
  /// The scale of a scale step.
  public var scale: Scale?
  /// Replies by range, for a scale step.
  public var scaleReplies: [ScaleReply]
  /// Where to go next.
  public var next: [Branch]
  /// Whether it ends the session.
  public var isEnd: Bool
  /// Facilitator notes.
  public var notes: [String]
  /// A discussion time for workshops, in seconds.
  public var discussSeconds: Int?
  /// What the group report does with its answers.
  public var report: ReportRole?
}

/// One numbered choice.
public struct Choice: Sendable {
  /// The label shown.
  public var label: String
  /// Where it leads, or empty for the step's `next`.
  public var next: [Branch]
  /// Tags it adds.
  public var tags: [String]
  /// Variables it sets.
  public var assignments: [Assignment]
}

/// The range and labels of a scale.
public struct Scale: Sendable, Hashable, Codable {
  /// The lowest value.
  public var min: Int
  /// The highest value.
  public var max: Int
  /// The label of the low end.
  public var low: String
  /// The label of the high end.
  public var high: String
}

/// A reply to a range of scale values.
public struct ScaleReply: Sendable {
  /// Where it was written.
  public var reference: RuleReference
  /// The values it covers.
  public var range: ClosedRange<Int>
  /// The replies, used in turn.
  public var replies: [Template]
  /// Where it leads, or empty for the step's `next`.
  public var next: [Branch]
  /// Tags it adds.
  public var tags: [String]
  /// Variables it sets.
  public var assignments: [Assignment]
}
