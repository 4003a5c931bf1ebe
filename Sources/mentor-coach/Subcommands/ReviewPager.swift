import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows long text through `$PAGER` (default `less -R`) when standard output is a terminal,
/// and writes it straight out otherwise or when the pager cannot start.
///
/// The text has already been sanitised, so `less -R` passes no escape sequence from a
/// transcript: only the ones we write, and we write none.
enum ReviewPager {
  static func show(_ text: String) {
    let variables = ProcessInfo.processInfo.environment
    guard isatty(STDOUT_FILENO) == 1 else { return Console.out(text) }
    let command = variables["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let pipe = Pipe()
    process.standardInput = pipe
    do {
      try process.run()
    } catch {
      return Console.out(text)
    }
    signal(SIGPIPE, SIG_IGN)
    try? pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try? pipe.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
