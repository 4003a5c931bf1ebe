public import Foundation
public import Transcript

/// A transcript sink that keeps events in memory, for tests of the session loop and of
/// renderers.
///
/// It stamps events as ``TranscriptWriter`` does (consecutive `seq` from 0, the injected
/// clock) and can be told to fail, to test how callers report a
/// transcript that cannot be written.
public final class InMemoryTranscriptSink: TranscriptSink {
  /// The events appended so far.
  public private(set) var events: [TranscriptEvent] = []
  /// When set, every append throws this error and stores nothing.
  public var failure: TranscriptError?
  private let clock: () -> Date

  /// Creates an empty sink.
  ///
  /// - Parameter clock: Stamps the events; defaults to a clock that starts at 2026-11-25 14:03:00 UTC
  ///   and advances one second per event.
  public init(clock: (() -> Date)? = nil) {
    if let clock {
      self.clock = clock
    } else {
      var tick = 0.0
      self.clock = {
        defer { tick += 1 }
        return Date(timeIntervalSince1970: 1_795_615_380 + tick)
      }
    }
  }

  /// Stores the payload as the next event, or throws ``failure``.
  ///
  /// - Parameters:
  ///   - payload: What happened.
  ///   - who: The participant, in workshop mode.
  /// - Returns: The stored event.
  /// - Throws: ``failure``, when set.
  @discardableResult
  public func append(_ payload: TranscriptEvent.Payload, who: String?) throws -> TranscriptEvent {
    if let failure { throw failure }
    let event = TranscriptEvent(seq: events.count, time: clock(), who: who, payload: payload)
    events.append(event)
    return event
  }

  /// The events as the bytes of a transcript file, one JSON line each.
  ///
  /// - Returns: The file contents.
  /// - Throws: `EncodingError` if an event cannot be encoded.
  public func fileData() throws -> Data {
    try events.reduce(into: Data()) { data, event in data.append(try event.encodedLine()) }
  }

  /// The events read back as a ``SessionLog``, as `review` would see them.
  ///
  /// - Parameter url: The file name to pretend the events came from.
  /// - Returns: The log.
  /// - Throws: ``TranscriptError/notATranscript(path:)`` when the first event is not `started`.
  public func sessionLog(
    url: URL = URL(fileURLWithPath: "/sessions/20261125-140300-demo-0000.jsonl")
  ) throws -> SessionLog {
    try TranscriptReader.parse(try fileData(), url: url)
  }
}
