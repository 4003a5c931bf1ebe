import Foundation

extension RawTranscript {
  /// Every complete line, blank ones left out, in file order.
  public var completeLines: [Line] {
    var result: [Line] = []
    var start = 0
    var number = 0
    while start < bytes.count, let end = bytes[start...].firstIndex(of: 0x0A) {
      number += 1
      if bytes[start..<end].contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
        result.append(Line(number: number, range: start..<end))
      }
      start = end + 1
    }
    return result
  }

  /// Summarises the transcript as ``SessionSummary/read(_:)`` does, decoding only its first
  /// and last readable lines.
  ///
  /// The usual transcript (a `started` event on line 1) is summarised without splitting it
  /// into lines: line 1 gives the start, the last line that decodes (looked for from the end,
  /// as ``TranscriptTail`` does) gives the end, and answers are counted at each `"answered"`
  /// found by a byte search. Any other file is read line by line, with the same result.
  ///
  /// Accepted answers are counted from the bytes of lines written as `mentor-coach` writes
  /// them (`"type":"answered"` with `"accepted":true` or `"accepted":false`); any other line
  /// that mentions `"answered"` is decoded to decide.
  ///
  /// - Returns: The summary.
  /// - Throws: ``TranscriptError/notATranscript(path:)`` when no `started` event comes first.
  public func summary() throws -> SessionSummary {
    if let quick = quickSummary() { return quick }
    let lines = completeLines
    guard let (index, first) = firstEvent(of: lines), case .started(let started) = first.payload
    else { throw TranscriptError.notATranscript(path: fileURL.path) }
    let last = lines[(index + 1)...].reversed().lazy.compactMap { decode($0) }.first ?? first
    var isFinished = false
    if case .ended(let completed) = last.payload { isFinished = completed }
    let answers = lines.count(where: isAcceptedAnswer)
    return SessionSummary(
      fileURL: fileURL, started: started, startedAt: first.time, answerCount: answers,
      isFinished: isFinished, lastTimestamp: last.time)
  }

  private func quickSummary() -> SessionSummary? {
    guard let line = firstLine, let first = decode(line), case .started(let started) = first.payload
    else { return nil }
    let last =
      TranscriptTail.lastEvent(in: bytes, startsFile: true, after: line.range.upperBound) ?? first
    var isFinished = false
    if case .ended(let completed) = last.payload { isFinished = completed }
    return SessionSummary(
      fileURL: fileURL, started: started, startedAt: first.time, answerCount: acceptedAnswers,
      isFinished: isFinished, lastTimestamp: last.time)
  }

  /// The accepted answers, counted on the complete lines that hold `"answered"`, which a
  /// byte search finds without looking at the other lines.
  private var acceptedAnswers: Int {
    let marker = Array(#""answered""#.utf8)
    var count = 0
    var position = 0
    while let hit = Self.firstIndex(of: marker, in: bytes, range: position..<bytes.count) {
      guard let end = Self.firstIndex(of: [0x0A], in: bytes, range: hit..<bytes.count) else {
        break
      }
      var start = hit
      while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
      if isAcceptedAnswer(Line(number: 0, range: start..<end)) { count += 1 }
      position = end + 1
    }
    return count
  }

  private func firstEvent(of lines: [Line]) -> (Int, TranscriptEvent)? {
    for (index, line) in lines.enumerated() {
      if let event = decode(line) { return (index, event) }
    }
    return nil
  }

  private func isAcceptedAnswer(_ candidate: Line) -> Bool {
    let line = candidate
    if self.line(line, contains: #""type":"answered""#) {
      if self.line(line, contains: #""accepted":true"#) { return true }
      if self.line(line, contains: #""accepted":false"#) { return false }
    } else if !self.line(line, contains: #""answered""#) {
      return false
    }
    guard let peek = try? JSONDecoder().decode(AnswerPeek.self, from: Data(bytes[line.range]))
    else { return false }
    return peek.type == "answered" && peek.accepted != false
  }
}

/// Just enough of a line to count accepted answers.
private struct AnswerPeek: Decodable {
  var type: String
  var accepted: Bool?
}
