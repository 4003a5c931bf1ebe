/// What the group report does with a step's answers, as the scenario declares with `report:`.
///
/// The engine records the role with every accepted answer, so a transcript says it without
/// the scenario file.
public struct ReportRole: Hashable, Sendable, Codable {
  /// The report's use of the answer.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// What the mentor wants from the practice (text).
    case goal
    /// The mentor's next step (text).
    case nextStep = "next-step"
    /// A self-rating at the start (scale), compared with its `rating-after`.
    case ratingBefore = "rating-before"
    /// The same self-rating at the end (scale).
    case ratingAfter = "rating-after"

    /// What the step must ask for.
    public var ask: AskKind {
      switch self {
      case .goal, .nextStep: .text
      case .ratingBefore, .ratingAfter: .scale
      }
    }

    /// Whether it is one end of a before and after rating.
    public var isRating: Bool { ask == .scale }
  }

  /// The report's use of the answer.
  public var kind: Kind
  /// For ratings, the name that pairs a `rating-before` with its `rating-after`; nil for the
  /// scenario's one unnamed pair.
  public var pair: String?

  /// Creates a role.
  public init(_ kind: Kind, pair: String? = nil) {
    self.kind = kind
    self.pair = pair
  }
}
