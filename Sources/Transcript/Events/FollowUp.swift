/// The fields of a `follow-up` event: how the next step planned in an earlier session went.
///
/// Asked at the start of a mentor's next practice; written once per earlier session, answered
/// or declined, so the coach never asks about the same step twice.
public struct FollowUp: Codable, Equatable, Sendable {
  /// The earlier session whose next step this follows up.
  public var earlier: String
  /// The step of the earlier session that holds the plan.
  public var step: String
  /// The plan, in the mentor's words as the earlier summary quoted them.
  public var plan: String
  /// Done, partly, not yet, or declined; absent when the mentor only said it in words.
  public var outcome: FollowUpOutcome?
  /// What the mentor said about how it went, when they said anything.
  public var text: String?

  /// Creates the fields of a `follow-up` event.
  ///
  /// - Parameters:
  ///   - earlier: The earlier session's id.
  ///   - step: The step that holds the plan.
  ///   - plan: The plan's words.
  ///   - outcome: How it went, or `declined`; nil when only words were given.
  ///   - text: The mentor's words about it.
  public init(
    earlier: String, step: String, plan: String, outcome: FollowUpOutcome?, text: String? = nil
  ) {
    self.earlier = earlier
    self.step = step
    self.plan = plan
    self.outcome = outcome
    self.text = text
  }
}

/// How a planned next step went: the `outcome` of a `follow-up` event.
public struct FollowUpOutcome: RawRepresentable, Codable, Hashable, Sendable {
  /// The string written in the file.
  public var rawValue: String
  /// Creates an outcome from its string.
  ///
  /// - Parameter rawValue: The string written in the file.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The mentor did it.
  public static let done = FollowUpOutcome(rawValue: "done")
  /// The mentor did part of it.
  public static let partly = FollowUpOutcome(rawValue: "partly")
  /// The mentor has not done it yet.
  public static let notYet = FollowUpOutcome(rawValue: "not-yet")
  /// The mentor chose not to say.
  public static let declined = FollowUpOutcome(rawValue: "declined")
}
