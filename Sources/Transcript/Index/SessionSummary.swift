public import Foundation

/// What `review list` shows about one session, read without decoding every event.
public struct SessionSummary: Equatable, Sendable {
  /// The transcript file.
  public var fileURL: URL
  /// The fields of the `started` event.
  public var started: SessionStarted
  /// When the session started.
  public var startedAt: Date
  /// The number of accepted answers.
  public var answerCount: Int
  /// True when the session ended completed.
  public var isFinished: Bool
  /// The time of the last readable event.
  public var lastTimestamp: Date

  /// Creates a summary.
  ///
  /// - Parameters:
  ///   - fileURL: The transcript file.
  ///   - started: The fields of the `started` event.
  ///   - startedAt: When the session started.
  ///   - answerCount: The number of accepted answers.
  ///   - isFinished: True when the session ended completed.
  ///   - lastTimestamp: The time of the last readable event.
  public init(
    fileURL: URL, started: SessionStarted, startedAt: Date, answerCount: Int, isFinished: Bool,
    lastTimestamp: Date
  ) {
    self.fileURL = fileURL
    self.started = started
    self.startedAt = startedAt
    self.answerCount = answerCount
    self.isFinished = isFinished
    self.lastTimestamp = lastTimestamp
  }

  /// The session id: the file name without `.jsonl`.
  public var sessionID: String { fileURL.deletingPathExtension().lastPathComponent }

  /// Summarises a transcript: decodes its first and last readable lines fully and only peeks
  /// at the others to count accepted answers.
  ///
  /// - Parameter url: The transcript file.
  /// - Returns: The summary.
  /// - Throws: ``TranscriptError/cannotRead(path:reason:)`` or
  ///   ``TranscriptError/notATranscript(path:)``.
  public static func read(_ url: URL) throws -> SessionSummary {
    let split = TranscriptLines(try TranscriptLines.read(url))
    let decoder = JSONDecoder()
    let decoded = split.lines.lazy.compactMap {
      try? decoder.decode(TranscriptEvent.self, from: $0.bytes)
    }
    guard let first = decoded.first, case .started(let started) = first.payload else {
      throw TranscriptError.notATranscript(path: url.path)
    }
    let last =
      split.lines.reversed().lazy
      .compactMap { try? decoder.decode(TranscriptEvent.self, from: $0.bytes) }.first ?? first
    var isFinished = false
    if case .ended(let completed) = last.payload { isFinished = completed }
    let marker = Data("\"answered\"".utf8)
    let answers = split.lines.count { line in
      guard line.bytes.range(of: marker) != nil,
        let peek = try? decoder.decode(AnswerPeek.self, from: line.bytes)
      else { return false }
      return peek.type == "answered" && peek.accepted != false
    }
    return SessionSummary(
      fileURL: url, started: started, startedAt: first.time, answerCount: answers,
      isFinished: isFinished, lastTimestamp: last.time)
  }
}

/// Just enough of a line to count accepted answers.
private struct AnswerPeek: Decodable {
  var type: String
  var accepted: Bool?
}
