public import Foundation

/// Reads transcripts tolerantly: what can be read is kept and every problem is counted.
///
/// - A torn last line (bytes after the last newline, left by a crash mid-write) is dropped and
///   reported as ``ReadProblems/tornTail``.
/// - A line that is not a valid event is skipped and its number recorded in
///   ``ReadProblems/corruptLines``.
/// - An event type from a newer version is kept as ``TranscriptEvent/Payload/unknown(type:)``
///   and its line recorded in ``ReadProblems/unknownEventLines``.
/// - A file whose first valid event is not `started` is not a transcript at all.
public enum TranscriptReader {
  /// Reads and parses a transcript file.
  ///
  /// - Parameter url: The file.
  /// - Returns: The session's events, its start and the problems found.
  /// - Throws: ``TranscriptError/cannotRead(path:reason:)`` or
  ///   ``TranscriptError/notATranscript(path:)``.
  public static func read(_ url: URL) throws -> SessionLog {
    try parse(TranscriptLines.read(url), url: url)
  }

  /// Reads a transcript, decoding only the events `selection` keeps; the others are left out
  /// of the log (and a damaged line among them goes unnoticed).
  ///
  /// - Parameters:
  ///   - url: The file.
  ///   - selection: The events to decode.
  /// - Returns: The session's selected events, its start and the problems found in them.
  /// - Throws: As ``read(_:)``.
  public static func read(_ url: URL, selecting selection: EventSelection) throws -> SessionLog {
    try parse(TranscriptLines.read(url), url: url, selecting: selection)
  }

  /// Parses the bytes of a transcript.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - url: The file the bytes came from, for the log and for messages.
  ///   - selection: The events to decode (default: all).
  /// - Returns: The session's events, its start and the problems found.
  /// - Throws: ``TranscriptError/notATranscript(path:)`` when no valid `started` event comes
  ///   first.
  public static func parse(_ data: Data, url: URL, selecting selection: EventSelection = .all)
    throws -> SessionLog
  {
    let split = TranscriptLines(data, selecting: selection)
    var problems = ReadProblems()
    if split.tornTail != nil {
      problems.tornTail = true
      problems.validByteCount = split.completeLength
    }
    let decoder = JSONDecoder()
    var events: [TranscriptEvent] = []
    for line in split.lines {
      guard let event = try? decoder.decode(TranscriptEvent.self, from: line.bytes) else {
        problems.corruptLines.append(line.number)
        continue
      }
      if case .unknown = event.payload { problems.unknownEventLines.append(line.number) }
      events.append(event)
    }
    guard let first = events.first, case .started(let started) = first.payload else {
      throw TranscriptError.notATranscript(path: url.path)
    }
    return SessionLog(
      fileURL: url, events: events, started: started, startedAt: first.time, problems: problems)
  }
}

/// What a tolerant read found wrong with a transcript.
public struct ReadProblems: Equatable, Sendable {
  /// True when the last line was torn (no final newline) and dropped.
  public var tornTail = false
  /// The 1-based numbers of lines that were skipped because they are not valid events.
  public var corruptLines: [Int] = []
  /// The 1-based numbers of lines whose event type is unknown to this version.
  public var unknownEventLines: [Int] = []
  /// The file length without the torn tail, when there is one.
  var validByteCount: Int?

  /// Creates an empty set of problems.
  public init() {}

  /// True when nothing was wrong.
  public var isEmpty: Bool { !tornTail && corruptLines.isEmpty && unknownEventLines.isEmpty }

  /// One sentence per kind of problem, for showing to a reviewer.
  public var descriptions: [String] {
    var result: [String] = []
    if !corruptLines.isEmpty {
      let lines = corruptLines.map(String.init).joined(separator: ", ")
      let noun = corruptLines.count == 1 ? "line" : "lines"
      result.append("skipped \(corruptLines.count) unreadable \(noun) (\(lines))")
    }
    if !unknownEventLines.isEmpty {
      let lines = unknownEventLines.map(String.init).joined(separator: ", ")
      result.append("ignored \(unknownEventLines.count) event(s) of a newer version (\(lines))")
    }
    if tornTail {
      result.append("the last line was incomplete (the session stopped while writing it)")
    }
    return result
  }
}
