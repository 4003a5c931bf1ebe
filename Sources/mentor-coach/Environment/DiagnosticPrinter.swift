import CoachKit
import Foundation

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
      Console.error(render(diagnostic, source: sources[diagnostic.location.path]))
    }
  }

  func render(_ diagnostic: Diagnostic, source: String?) -> String {
    let location = diagnostic.location
    let severity = diagnostic.severity.rawValue
    let coloured =
      useColor
      ? "\u{1B}[1;\(diagnostic.severity == .error ? 31 : 35)m\(severity):\u{1B}[0m" : "\(severity):"
    var lines = ["\(location): \(coloured) \(diagnostic.message) [\(diagnostic.code.rawValue)]"]
    guard let source else { return lines.joined(separator: "\n") }
    let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard location.line >= 1, location.line <= sourceLines.count else {
      return lines.joined(separator: "\n")
    }
    let number = String(location.line)
    let gutter = String(repeating: " ", count: number.count)
    let text = String(sourceLines[location.line - 1]).replacingOccurrences(of: "\t", with: " ")
    lines.append("\(number) | \(text)")
    let pad = String(repeating: " ", count: max(0, location.column - 1))
    if diagnostic.notes.isEmpty {
      lines.append("\(gutter) | \(pad)^")
    } else {
      for (index, note) in diagnostic.notes.enumerated() {
        lines.append(
          "\(gutter) | \(pad)\(index == diagnostic.notes.count - 1 ? "`" : "|")- \(note)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
