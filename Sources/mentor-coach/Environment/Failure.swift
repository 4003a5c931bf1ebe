import CoachKit
import Foundation
import Transcript

/// The errors of the command line, each a complete sentence, and how they map to exit codes.
enum Failure: Error, CustomStringConvertible {
  /// Bad usage or bad input: exit 2.
  case input(String)
  /// A check failed (validate, test): exit 1; the details were already printed.
  case check(String)

  var description: String {
    switch self {
    case .input(let message), .check(let message): message
    }
  }

  /// Whether the error is one of ours (or a library's), as opposed to the argument parser's.
  static func isOurs(_ error: any Error) -> Bool {
    error is Failure || error is ScenarioLoadError || error is ExitCodeError
      || error is any LocalizedError
  }

  /// Prints the error and returns its exit code.
  static func report(_ error: any Error) -> Int32 {
    switch error {
    case let failure as Failure:
      if !failure.description.isEmpty { Console.error("mentor-coach: \(failure)") }
      if case .check = failure { return 1 }
      return 2
    case let exit as ExitCodeError:
      return exit.code
    case let load as ScenarioLoadError:
      DiagnosticPrinter.standard.print(load.diagnostics)
      return 2
    default:
      let text = (error as? any LocalizedError)?.errorDescription ?? "\(error)"
      Console.error("mentor-coach: \(text)")
      return 2
    }
  }
}

/// Writing to the standard streams.
enum Console {
  /// Writes a line to standard error with its control characters escaped.
  ///
  /// Every control character but newlines and tabs is shown as `\u{XX}`: messages quote what
  /// people typed (a session id, a path, an argument), which must never reach a terminal raw.
  /// A failure to write is ignored, as there is nowhere left to report it.
  static func error(_ text: String) {
    styledError(Sanitizer.forTerminal(text, keeping: [.newlines, .tabs]))
  }

  /// Writes a line to standard error as it is: for text whose only escape sequences are the
  /// program's own colours, every quoted part already sanitised.
  static func styledError(_ text: String) {
    _ = StandardOutput.writeAll(text + "\n", to: STDERR_FILENO)
  }

  /// Writes text and ends it with exactly one newline, through ``StandardOutput``.
  static func out(_ text: String) {
    // A byte check: "\r\n" is one Character in Swift, so hasSuffix("\n") would miss it.
    let endsWithNewline = text.utf8.last == UInt8(ascii: "\n")
    StandardOutput.write(endsWithNewline ? text : text + "\n")
  }
}
