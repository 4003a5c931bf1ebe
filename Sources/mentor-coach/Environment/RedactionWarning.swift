import Transcript

/// The warning after `--redact` when a name part is still found in the redacted copy.
enum RedactionWarning {
  /// Warns on standard error about name parts the redaction left, if any.
  ///
  /// - Parameter names: The parts still found (``Redactor/remainingNames``).
  static func warn(_ names: Set<String>) {
    guard !names.isEmpty else { return }
    let list = names.sorted().map { "'\(Sanitizer.forTerminal($0))'" }.joined(separator: ", ")
    let noun = names.count == 1 ? "a name part" : "name parts"
    Console.error(
      "mentor-coach: warning: the redacted copy still contains \(noun) (\(list)), written another way or where names are not replaced; read it before sharing it"
    )
  }
}
