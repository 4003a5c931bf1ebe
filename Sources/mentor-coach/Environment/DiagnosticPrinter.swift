import CoachKit
import Foundation
import Transcript

/// Prints diagnostics in the Swift compiler's shape: a header, the source line, a pointer.
struct DiagnosticPrinter {
  var useColor: Bool

  static var standard: DiagnosticPrinter {
    let environment = ProcessInfo.processInfo.environment
    return DiagnosticPrinter(
      useColor: isatty(2) == 1 && environment["NO_COLOR"].map(\.isEmpty) ?? true)
  }

  func print(_ diagnostics: [Diagnostic], sources: [String: String] = [:]) {
    for diagnostic in diagnostics {
      Console.styledError(render(diagnostic, source: sources[diagnostic.location.path]))
    }
  }

  /// The diagnostic's lines; every part taken from a file (its path, the message quoting it,
  /// the source line, the notes) has its control characters shown as `\u{XX}`, so only the
  /// printer's own colours reach the terminal as escape sequences.
  func render(_ diagnostic: Diagnostic, source: String?) -> String {
    let plain = { (text: String) in Sanitizer.forTerminal(text, keeping: [.tabs]) }
    let location = diagnostic.location
    let severity = diagnostic.severity.rawValue
    let coloured =
      useColor
      ? "\u{1B}[1;\(diagnostic.severity == .error ? 31 : 35)m\(severity):\u{1B}[0m" : "\(severity):"
    var lines = [
      "\(plain(location.description)): \(coloured) \(plain(diagnostic.message)) [\(diagnostic.code.rawValue)]"
    ]
    guard let source else { return lines.joined(separator: "\n") }
    let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard location.line >= 1, location.line <= sourceLines.count else {
      return lines.joined(separator: "\n")
    }
    let number = String(location.line)
    let gutter = String(repeating: " ", count: number.count)
    let text = plain(
      String(sourceLines[location.line - 1]).replacingOccurrences(of: "\t", with: " "))
    lines.append("\(number) | \(text)")
    let pad = String(repeating: " ", count: max(0, location.column - 1))
    if diagnostic.notes.isEmpty {
      lines.append("\(gutter) | \(pad)^")
    } else {
      for (index, note) in diagnostic.notes.enumerated() {
        lines.append(
          "\(gutter) | \(pad)\(index == diagnostic.notes.count - 1 ? "`" : "|")- \(plain(note))")
      }
    }
    return lines.joined(separator: "\n")
  }
}
