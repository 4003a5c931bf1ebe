/// The authoring model: a scenario file as written, every element with its location.
///
/// References (step ids, concepts, keywords) are left as written; the compiler resolves them.
struct ScenarioDocument {
  var path: String
  var location: SourceLocation
  var id: Located<String>?
  var title: String?
  var area: Located<String>?
  var summary: String?
  var minutes: Int?
  var version: Int?
  var start: Located<String>?
  var reflection: ReflectionMode = .reply
  /// How faithfully the engine follows Weizenbaum's DOCTOR.
  var mode = ScenarioMode.standard
  /// Whether the coach's words are shown in capitals, as DOCTOR printed them.
  var speaksInCapitals = false
  /// The default negation policy of the scenario's rules (nil: `block`, or `ignore` in scan mode).
  var negation: NegationPolicy?
  /// Substitutions over the shared reflection table, for this scenario.
  var substitutions: [String: String] = [:]
  /// The areas whose shared theme rules tag answers at every free-text step (nil: the area's).
  var themes: [Located<String>]?
  /// The scenario's own `x-` tags in plain words.
  var ownTags: [(tag: Located<String>, name: String)] = []
  var concepts: [ConceptDefinition] = []
  var keywords: [KeywordDefinition] = []
  var variables: [String: String] = [:]
  var steps: [StepDefinition] = []
}

/// A named list of words and phrases.
struct ConceptDefinition {
  var name: Located<String>
  var entries: [Located<String>]
}

/// How a rule treats a negating word before the words it matched.
public enum NegationPolicy: String, Sendable, Codable, CaseIterable {
  /// The rule does not match negated words (the default).
  case block
  /// The rule matches only negated words.
  case require
  /// Negation makes no difference.
  case ignore
}

/// How the engine chooses among the rules present in a clause.
public enum ScenarioMode: String, Sendable, Codable {
  /// By rank, then position in the answer, then order in the file.
  case standard
  /// As Weizenbaum's DOCTOR did: keywords go onto a keystack in the order they occur, each on
  /// top only when its rank is strictly higher than the current top's, else at the bottom.
  case doctor
}

/// Where substitutions (reflections) are applied.
public enum ReflectionMode: String, Sendable, Codable {
  /// Captures are reflected as they are put into a reply.
  case reply
  /// The whole answer is substituted before matching, as DOCTOR did.
  case scan
}

/// One branch of a `next`: a step, taken when the condition holds (or always).
struct BranchDefinition {
  var condition: Located<String>?
  var step: Located<String>
}

/// A rule as written: a pattern or a redirect, with what it does.
struct RuleDefinition {
  var id: String?
  var location: SourceLocation
  var match: Located<String>?
  var rank = 0
  var tags: [Located<String>] = []
  var replies: [Located<String>] = []
  var next: [BranchDefinition] = []
  var condition: Located<String>?
  var assignments: [(name: String, value: String)] = []
  var remember: [Located<String>] = []
  /// Nil inherits the scenario's default.
  var negation: NegationPolicy?
  var unless: [Located<String>] = []
  var redirect: Located<String>?
  var rewrite: Located<String>?
  var isNewKey = false
  var area: Located<String>?
  /// The members of `reply` written as mappings (`goto`, `pre`, `newkey`), by place.
  var replyActions: [ReplyActionDefinition] = []
}

/// A member of a reply rotation that redirects or passes on instead of replying.
struct ReplyActionDefinition {
  /// Its place in the rotation, from 0.
  var place: Int
  var location: SourceLocation
  var redirect: Located<String>?
  var rewrite: Located<String>?
  var isNewKey = false
}

/// One of a keyword's memory transformations as written.
struct MemoryDefinition {
  var location: SourceLocation
  var match: Located<String>?
  var remember: Located<String>
}

/// A keyword with its decomposition rules, tried in order.
struct KeywordDefinition {
  var id: String?
  var location: SourceLocation
  var keys: [Located<String>]
  var rank = 0
  var rules: [RuleDefinition]
  var memory: [MemoryDefinition] = []
}

/// An item of a step's `rules`: a plain rule or a keyword.
enum StepRuleDefinition {
  case plain(RuleDefinition)
  case keyword(KeywordDefinition)
}

/// What a step asks for.
public enum AskKind: String, Sendable, Codable {
  /// Free text.
  case text
  /// One of numbered choices.
  case choice
  /// A whole number on a labelled scale.
  case scale
  /// Nothing: the step only says something.
  case none
}

/// One numbered choice.
struct ChoiceDefinition {
  var label: Located<String>
  var next: [BranchDefinition]
  var tags: [Located<String>]
  var assignments: [(name: String, value: String)]
}

/// The range and labels of a scale.
struct ScaleDefinition {
  var location: SourceLocation
  var min: Int
  var max: Int
  var low: String
  var high: String
}

/// A reply to a range of scale values.
struct ScaleReplyDefinition {
  var location: SourceLocation
  var range: Located<String>
  var replies: [Located<String>]
  var next: [BranchDefinition]
  var tags: [Located<String>]
  var assignments: [(name: String, value: String)]
}

/// One step as written.
struct StepDefinition {
  var id: Located<String>
  var location: SourceLocation
  var say: [Located<String>] = []
  var ask: AskKind = .none
  var askLocation: SourceLocation?
  var question: Located<String>?
  var rules: [StepRuleDefinition] = []
  var fallback: [Located<String>] = []
  var choices: [ChoiceDefinition] = []
  var scale: ScaleDefinition?
  var scaleReplies: [ScaleReplyDefinition] = []
  var next: [BranchDefinition] = []
  var isEnd = false
  var notes: [Located<String>] = []
  var discussSeconds: Int?
  var themes: [Located<String>]?
  /// What the group report does with the step's answers.
  var report: Located<ReportRole>?
  /// The `tag-replies` mapping, read when the step is compiled.
  var tagReplies: SourceNode?
}
