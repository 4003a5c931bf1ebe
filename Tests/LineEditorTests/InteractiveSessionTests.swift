import Foundation
import Glibc
import TestSupport
import Testing

/// End-to-end tests of the libedit reader: this test binary runs ``ChildRole`` on a PTY.
@Suite struct InteractiveSessionTests {
  private static let up = "\u{1B}[A"

  /// Starts the child REPL, optionally under a `/bin/sh` that traps SIGTERM and SIGHUP.
  private func startChild(underShell: Bool = false, history: URL? = nil) throws -> PTYRunner {
    let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    let testArguments = ["--testing-library", "swift-testing", "--filter", "runChildRole"]
    var environment = ProcessInfo.processInfo.environment
    environment[ChildRole.variable] = "1"
    environment["HOME"] = FileManager.default.temporaryDirectory.path
    environment["EDITRC"] = "/dev/null"
    environment["NO_COLOR"] = "1"
    if let history { environment["LINEEDITOR_HISTORY"] = history.path }
    guard underShell else {
      return try PTYRunner(executable: binary, arguments: testArguments, environment: environment)
    }
    // A non-interactive shell keeps its child in its own process group, as a wrapper script
    // would. Any signal sent to the group reaches the shell's trap.
    let script = """
      trap 'echo PARENT-GOT-SIGNAL' TERM HUP
      "$@"
      echo "CHILD-STATUS=$?"
      """
    return try PTYRunner(
      executable: "/bin/sh", arguments: ["-c", script, "sh", binary] + testArguments,
      environment: environment)
  }

  private func childPID(_ runner: PTYRunner) throws -> pid_t {
    let transcript = try runner.expect("CHILD-PID=")
    try runner.expect("child")
    let digits = transcript.components(separatedBy: "CHILD-PID=")[1].prefix { $0.isNumber }
    return try #require(pid_t(String(digits)))
  }

  @Test func upRecallsTabCompletesAndCtrlCKeepsRunning() throws {
    let runner = try startChild()
    _ = try childPID(runner)
    try runner.waitForRawMode()
    try runner.send("first line\r")
    try runner.expect("RESULT=line(\"first line\")")
    try runner.waitForRawMode()
    try runner.send(Self.up + "\r")
    try runner.expect("RESULT=line(\"first line\")", count: 2)
    try runner.waitForRawMode()
    try runner.send(":he\t\r")
    try runner.expect("RESULT=line(\":help \")")
    try runner.waitForRawMode()
    // Ctrl-C raises SIGINT as soon as it is written, so wait for the echo first.
    try runner.send("half typed")
    try runner.expect("half typed")
    try runner.send("\u{3}")
    try runner.expect("RESULT=interrupted(hadText: true)")
    try runner.waitForRawMode()
    try runner.send("héllo 😀\r")
    try runner.expect("RESULT=line(\"héllo 😀\")")
    try runner.waitForRawMode()
    try runner.send("\u{3}")
    try runner.expect("RESULT=interrupted(hadText: false)")
    try runner.expect("CHILD-DONE")
    #expect(try runner.waitForExit() == 0)
  }

  @Test func ctrlDOnAnEmptyLineEndsInput() throws {
    let runner = try startChild()
    _ = try childPID(runner)
    try runner.waitForRawMode()
    try runner.send("\u{4}")
    try runner.expect("RESULT=endOfInput")
    #expect(try runner.waitForExit() == 0)
  }

  @Test(arguments: [SIGTERM, SIGHUP])
  func terminationSignalLeavesTheProcessGroupAlone(_ signal: Int32) throws {
    let runner = try startChild(underShell: true)
    let pid = try childPID(runner)
    try runner.waitForRawMode()
    try runner.send("draft")
    try runner.expect("draft")
    kill(pid, signal)
    try runner.expect("RESULT=terminated")
    let transcript = try runner.expect("CHILD-STATUS=0")
    #expect(try runner.waitForExit() == 0)
    #expect(!transcript.contains("PARENT-GOT-SIGNAL"))
    #expect(!runner.transcript.contains("PARENT-GOT-SIGNAL"))
  }

  /// After SIGSTOP and SIGCONT the reader redraws the prompt and the line.
  ///
  /// SIGSTOP stands in for Ctrl-Z: under `sh -c` the process group is orphaned, and the kernel
  /// discards SIGTSTP there. Ctrl-Z itself was checked by hand in tmux under bash.
  @Test func continueAfterAStopRedrawsTheLine() throws {
    let runner = try startChild(underShell: true)
    let pid = try childPID(runner)
    try runner.waitForRawMode()
    try runner.send("draft")
    try runner.expect("draft")
    kill(pid, SIGSTOP)
    try waitUntilStopped(pid)
    kill(pid, SIGCONT)
    try runner.expect("draft", count: 2)
    try runner.waitForRawMode()
    try runner.send(" done\r")
    try runner.expect("RESULT=line(\"draft done\")")
    try runner.waitForRawMode()
    try runner.send("\u{4}")
    try runner.expect("CHILD-STATUS=0")
    #expect(!runner.transcript.contains("PARENT-GOT-SIGNAL"))
  }

  /// Polls `/proc` until `pid` is stopped; generous, because machines are noisy.
  private func waitUntilStopped(_ pid: pid_t) throws {
    let deadline = ContinuousClock.now + .seconds(20)
    while ContinuousClock.now < deadline {
      let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
      let state = stat.components(separatedBy: ") ").last?.first
      if state == "T" { return }
      usleep(20_000)
    }
    Issue.record("process \(pid) did not stop")
  }

  @Test func historyFileKeepsOnlyPersistedEntries() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lineeditor-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("nested/history")
    do {
      let runner = try startChild(history: file)
      _ = try childPID(runner)
      try runner.waitForRawMode()
      try runner.send(":help\r")
      try runner.expect("RESULT=line(\":help\")")
      try runner.waitForRawMode()
      try runner.send("free text\r")
      try runner.expect("RESULT=line(\"free text\")")
      try runner.waitForRawMode()
      try runner.send("\u{4}")
      #expect(try runner.waitForExit() == 0)
    }
    let saved = try String(contentsOf: file, encoding: .utf8)
    #expect(saved.contains(":help"))
    #expect(!saved.contains("free"))
    let runner = try startChild(history: file)
    _ = try childPID(runner)
    try runner.waitForRawMode()
    try runner.send(Self.up + "\r")
    try runner.expect("RESULT=line(\":help\")")
    try runner.waitForRawMode()
    try runner.send("\u{4}")
    #expect(try runner.waitForExit() == 0)
  }
}
