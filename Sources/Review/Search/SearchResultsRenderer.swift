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
    var lines: [String] = []
    for hit in hits {
      var header = [hit.sessionID, hit.step, hit.who ?? "-"].map { Escape.terminal($0) }
        .joined(separator: "  ")
      if !hit.tags.isEmpty {
        header += "  [" + Escape.terminal(hit.tags.joined(separator: ", ")) + "]"
      }
      lines.append(header)
      var context = Escape.terminal(excerpt(hit.answer, query: query))
      if let question = hit.question {
        context = Escape.terminal(oneLine(question)) + " » " + context
      }
      lines.append("  " + context)
    }
    let noun = hits.count == 1 ? "answer" : "answers"
    let sessions = Set(hits.map(\.sessionID)).count
    lines.append("\(hits.count) \(noun) in \(sessions) session\(sessions == 1 ? "" : "s")")
    return lines.joined(separator: "\n") + "\n"
  }

  private func oneLine(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 >= 0x80 }) else { return text }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  private func excerpt(_ answer: String, query: SearchQuery) -> String {
    let text = oneLine(answer)
    guard text.utf8.count > width, text.count > width else { return text }
    guard case .text(let words) = query,
      let found = text.range(of: words, options: [.caseInsensitive])
    else { return String(text.prefix(width)) + "…" }
    let before = text.distance(from: text.startIndex, to: found.lowerBound)
    let start = max(0, min(before - width / 3, text.count - width))
    let lower = text.index(text.startIndex, offsetBy: start)
    let upper = text.index(lower, offsetBy: width)
    return (start > 0 ? "…" : "") + text[lower..<upper] + (upper < text.endIndex ? "…" : "")
  }
}
