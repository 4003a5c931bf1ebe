import Foundation
import Glibc
import LineEditor
import Testing

/// Lets the test binary act as a small REPL on a pseudo-terminal, for end-to-end tests of
/// ``EditLineReader`` with real keys and real signals.
///
/// ``InteractiveSessionTests`` re-runs this test binary under ``PTYRunner`` with
/// `LINEEDITOR_CHILD_ROLE` set; only then does ``runChildRole()`` do anything. The child prints
/// `RESULT=…` for every read and exits with status 0, or 3 for a non-terminal.
@Suite struct ChildRole {
  static let variable = "LINEEDITOR_CHILD_ROLE"

  @Test(.enabled(if: ProcessInfo.processInfo.environment[variable] != nil))
  func runChildRole() {
    guard Terminal.isInteractive() else { exit(3) }
    let historyFile = ProcessInfo.processInfo.environment["LINEEDITOR_HISTORY"].map {
      URL(fileURLWithPath: $0)
    }
    let reader = makeLineReader(programName: "lineeditor-child", historyFile: historyFile)
    reader.completer = { _ in [":help", ":history", ":quit"] }
    print("CHILD-PID=\(getpid())")
    fflush(nil)
    while true {
      let result = reader.readLine(prompt: "\u{1B}[1;32mchild\u{1B}[0m> ")
      print("RESULT=\(result)")
      fflush(nil)
      switch result {
      case .line(let line):
        reader.addHistory(line, persistedAs: line.hasPrefix(":") ? line : nil)
      case .interrupted(hadText: true):
        continue
      case .interrupted(hadText: false), .endOfInput, .terminated:
        reader.close()
        print("CHILD-DONE")
        fflush(nil)
        exit(0)
      }
    }
  }
}
