import Foundation
import Transcript

/// Renders `review search`: two lines per hit, where it was and the answer, then a count.
///
/// ```text
/// 20261125-140307-self-doubt-00ab  opening  Dana  [doubt.impostor]
///   What happened in the case review? » I felt like a fraud
/// ```
///
/// The answer is one line: newlines become spaces, and a long answer is cut to a window
/// around the first match. Every value from a transcript goes through
/// ``Sanitizer/forTerminal(_:keeping:)``.
public struct SearchResultsRenderer: Sendable {
  /// The longest answer shown, in characters, before it is cut around the match.
  public var width: Int

  /// Creates a renderer.
  ///
  /// - Parameter width: The longest answer shown, in characters.
  public init(width: Int = 100) {
    self.width = width
  }

  /// Renders the hits and a closing count.
  ///
  /// - Parameters:
  ///   - hits: The hits, usually from ``AnswerSearch``.
  ///   - query: The query, to place the excerpt around the match.
  /// - Returns: The lines, each ending in a newline.
  public func render(_ hits: [SearchHit], query: SearchQuery) -> String {
    // One string grown in place: a search for a common word can print a hundred thousand lines.
    var output = ""
    output.reserveCapacity(hits.count * 160 + 64)
    var sessions = Set<String>()
    for hit in hits {
      sessions.insert(hit.sessionID)
      output += Escape.terminal(hit.sessionID)
      output += "  "
      output += Escape.terminal(hit.step)
      output += "  "
      output += Escape.terminal(hit.who ?? "-")
      if !hit.tags.isEmpty {
        output += "  ["
        output += Escape.terminal(hit.tags.joined(separator: ", "))
        output += "]"
      }
      output += "\n  "
      if let question = hit.question {
        output += Escape.terminal(oneLine(question))
        output += " » "
      }
      output += Escape.terminal(excerpt(hit.answer, query: query))
      output += "\n"
    }
    let noun = hits.count == 1 ? "answer" : "answers"
    output +=
      "\(hits.count) \(noun) in \(sessions.count) session\(sessions.count == 1 ? "" : "s")\n"
    return output
  }

  private func oneLine(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 >= 0x80 }) else { return text }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  private func excerpt(_ answer: String, query: SearchQuery) -> String {
    let text = oneLine(answer)
    guard text.utf8.count > width else { return text }
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiExcerpt(text, query: query) }
    guard text.count > width else { return text }
    guard case .text(let words) = query,
      let found = text.range(of: words, options: [.caseInsensitive])
    else { return String(text.prefix(width)) + "…" }
    let before = text.distance(from: text.startIndex, to: found.lowerBound)
    let start = max(0, min(before - width / 3, text.count - width))
    let lower = text.index(text.startIndex, offsetBy: start)
    let upper = text.index(lower, offsetBy: width)
    return (start > 0 ? "…" : "") + text[lower..<upper] + (upper < text.endIndex ? "…" : "")
  }

  /// ``excerpt(_:query:)`` for ASCII text, where characters are bytes: the same window, found
  /// without counting characters.
  private func asciiExcerpt(_ text: String, query: SearchQuery) -> String {
    let bytes = Array(text.utf8)
    guard case .text(let words) = query, let found = Self.find(words, in: bytes) else {
      return String(decoding: bytes.prefix(width), as: UTF8.self) + "…"
    }
    let start = max(0, min(found - width / 3, bytes.count - width))
    let upper = start + width
    return (start > 0 ? "…" : "") + String(decoding: bytes[start..<upper], as: UTF8.self)
      + (upper < bytes.count ? "…" : "")
  }

  /// Where `words` first occur in `bytes`, ignoring ASCII case; nil when absent or when the
  /// words are not ASCII (an ASCII text cannot hold them then).
  private static func find(_ words: String, in bytes: [UInt8]) -> Int? {
    let needle = words.utf8.map(lower)
    guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }), needle.count <= bytes.count else {
      return nil
    }
    for start in 0...(bytes.count - needle.count)
    where lower(bytes[start]) == needle[0] {
      var index = 1
      while index < needle.count && lower(bytes[start + index]) == needle[index] { index += 1 }
      if index == needle.count { return start }
    }
    return nil
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }
}
