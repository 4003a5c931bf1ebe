import CoachKit
import TestSupport
import Testing

/// One diagnostic a location test expects: its code at a marker, and words of its message.
struct ExpectedDiagnostic: Sendable {
  var code: DiagnosticCode
  var marker: String
  var message: String?

  init(_ code: DiagnosticCode, at marker: String, message: String? = nil) {
    self.code = code
    self.marker = marker
    self.message = message
  }
}

/// Checks that `diagnostics` are exactly the expected ones, each at its marker.
///
/// Every expected diagnostic must be found at its marker's line and column (and contain its
/// message, when given), and every diagnostic found must be expected.
func expectDiagnostics(
  _ diagnostics: [Diagnostic], in source: MarkedText, _ expected: [ExpectedDiagnostic],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  var unmatched = diagnostics
  for expectation in expected {
    guard let position = source.position(of: expectation.marker) else {
      Issue.record(
        "no marker ⟦\(expectation.marker)⟧ in the source", sourceLocation: sourceLocation)
      continue
    }
    let index = unmatched.firstIndex { diagnostic in
      diagnostic.code == expectation.code && diagnostic.location.line == position.line
        && diagnostic.location.column == position.column
        && (expectation.message.map { diagnostic.message.contains($0) } ?? true)
    }
    if let index {
      unmatched.remove(at: index)
    } else {
      let found = diagnostics.map(\.description).joined(separator: "\n  ")
      let containing = expectation.message.map { " containing '\($0)'" } ?? ""
      Issue.record(
        "expected [\(expectation.code.rawValue)] at ⟦\(expectation.marker)⟧ \(position)\(containing); found:\n  \(found)",
        sourceLocation: sourceLocation)
    }
  }
  for diagnostic in unmatched {
    Issue.record("unexpected diagnostic: \(diagnostic)", sourceLocation: sourceLocation)
  }
}

/// Compiles marked YAML and checks its diagnostics against the markers.
func expectDiagnostics(
  compiling marked: String, _ expected: [ExpectedDiagnostic],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let source = MarkedText(marked)
  let (_, diagnostics) = try compile(source.text)
  expectDiagnostics(diagnostics, in: source, expected, sourceLocation: sourceLocation)
}
