/// One problem found in a scenario or prompts file, with where it is and what to do about it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Hashable {
    /// The file cannot be used until this is fixed.
    case error
    /// The file works, but probably not as the author meant.
    case warning
  }

  /// Whether the file can be used despite the problem.
  public var severity: Severity
  /// The stable code that names the kind of problem.
  public var code: DiagnosticCode
  /// A sentence for the author: lower case, no final period, names quoted in single quotes.
  public var message: String
  /// Where the problem is.
  public var location: SourceLocation
  /// Hints shown under the source line, such as "did you mean 'summary'?".
  public var notes: [String]

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
    notes: [String] = []
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
    self.notes = notes
  }

  /// The header line: `path:line:col: severity: message [code]`.
  public var description: String {
    "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// The error thrown at the boundary when a scenario cannot be used; it carries every problem.
public struct ScenarioLoadError: Error, Sendable, CustomStringConvertible {
  /// Every problem found, errors and warnings, in source order.
  public var diagnostics: [Diagnostic]

  /// Creates the error from the collected diagnostics.
  public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// The header lines of every diagnostic, one per line.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
