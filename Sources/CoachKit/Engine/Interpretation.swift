/// How one free-text answer was read at a step: tags, the clause used, the rule that replies,
/// and a trace of every rule considered, for `explain` and `:why`.
public struct Interpretation: Sendable {
  /// One rule considered, and what came of it.
  public struct TraceEntry: Hashable, Sendable {
    /// Which pass considered it.
    public enum Stage: String, Hashable, Sendable {
      /// The safety net.
      case safety
      /// The net for someone else at risk.
      case otherAtRisk = "other-at-risk"
      /// Gathering tags.
      case tags
      /// Choosing the reply.
      case reply
    }

    /// The pass.
    public var stage: Stage
    /// The rule.
    public var rule: RuleReference
    /// The clause (0-based), if it was tried on one.
    public var clause: Int?
    /// What happened, in words: "matched", "no match", "negated"...
    public var outcome: String
  }

  /// The rule chosen to reply, with its match.
  public struct Winner: Sendable {
    /// The rule.
    public var rule: Rule
    /// What its pattern matched (on the rewritten text, after a `pre`).
    public var match: PatternMatch
  }

  /// The answer's tokens, as the rules read them.
  public var clauses: [[Token]]
  /// The safety rule that caught the answer: the mentor's own crisis.
  public var safetyRule: RuleReference?
  /// The rule of the other-at-risk net that caught the answer: someone else at risk now.
  public var otherAtRiskRule: RuleReference?
  /// Every tag found, in order of first appearance.
  public var tags: [String] = []
  /// The order in which the clauses are read for a reply (``ContrastOrder``); nil for the
  /// written order.
  public var clauseOrder: [Int]?
  /// The clause the reply was chosen from.
  public var clauseIndex: Int?
  /// The replying rule.
  public var winner: Winner?
  /// Words to say before the reply, for a tag the answer carries that is acknowledged first
  /// (the mentor's own exhaustion).
  public var acknowledgement: TagReply?
  /// When no rule replied: the reply written for a theme tag the answer carries.
  public var tagReply: TagReply?
  /// When no rule or theme reply fits: the answer's main clause, reflected, to say back.
  public var paraphrase: String?
  /// Every rule considered.
  public var trace: [TraceEntry] = []
  /// `mode: doctor`: a keyword was tried and none of its decompositions fitted, so the reply is
  /// one of the built-in messages chosen by the LIMIT counter.
  public var keywordFailed = false
  /// The reply rotations whose turn was a redirect or NEWKEY, in order: each moves on by one.
  public var passedRotations: [String] = []
  /// Memories laid down by the keywords tried (DOCTOR's MEMORY), to be filled and kept.
  public var memories: [LaidMemory] = []

  /// A memory transformation chosen and matched, not yet filled in.
  public struct LaidMemory: Sendable {
    /// What to remember.
    public var template: Template
    /// What its pattern matched.
    public var match: PatternMatch
    /// Its pattern, for named captures.
    public var pattern: Pattern?
  }

  /// The normalised answer, clauses separated by ` | `.
  public var normalizedText: String { clauses.map(\.keyText).joined(separator: " | ") }

  /// What the winning pattern captured, by element number and name, as typed.
  public var captures: [String: String] {
    guard let winner, let pattern = winner.rule.pattern else { return [:] }
    var result: [String: String] = [:]
    for (index, element) in pattern.elements.enumerated() {
      let text = winner.match.capture(index + 1).text
      guard !text.isEmpty else { continue }
      result["\(index + 1)"] = text
      if let name = element.name { result[name] = text }
    }
    return result
  }

  mutating func addTags(_ tags: [String]) {
    for tag in tags {
      if !self.tags.contains(tag) { self.tags.append(tag) }
    }
  }
}
