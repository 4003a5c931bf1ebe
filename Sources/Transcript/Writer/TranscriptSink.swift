/// Where a session's events go: the file writer in the program, an in-memory sink in tests.
///
/// A sink stamps each payload with the next `seq` and the current time, stores it durably,
/// and only then returns. The session loop must not show the coach's next words before
/// `append` has returned.
public protocol TranscriptSink: AnyObject {
  /// Stamps a payload as the next event and stores it.
  ///
  /// - Parameters:
  ///   - payload: What happened.
  ///   - who: The participant, in workshop mode.
  /// - Returns: The event as stored, with its `seq` and time.
  /// - Throws: ``TranscriptError`` when the event could not be stored; `seq` then does not
  ///   advance.
  @discardableResult
  func append(_ payload: TranscriptEvent.Payload, who: String?) throws -> TranscriptEvent

  /// Stamps several payloads as the next events and stores them together, durably, before
  /// returning: a turn's answer and the coach's reply cost one sync, not one each.
  ///
  /// - Parameters:
  ///   - payloads: What happened, in order.
  ///   - who: The participant, in workshop mode.
  /// - Returns: The events as stored.
  /// - Throws: ``TranscriptError`` when they could not be stored.
  @discardableResult
  func append(contentsOf payloads: [TranscriptEvent.Payload], who: String?) throws
    -> [TranscriptEvent]
}

extension TranscriptSink {
  /// Appends the payloads one by one, for sinks with no cheaper way.
  @discardableResult
  public func append(contentsOf payloads: [TranscriptEvent.Payload], who: String?) throws
    -> [TranscriptEvent]
  {
    try payloads.map { try append($0, who: who) }
  }

  /// Stamps a payload as the next event, with no participant, and stores it.
  ///
  /// - Parameter payload: What happened.
  /// - Returns: The event as stored.
  /// - Throws: ``TranscriptError`` when the event could not be stored.
  @discardableResult
  public func append(_ payload: TranscriptEvent.Payload) throws -> TranscriptEvent {
    try append(payload, who: nil)
  }
}
