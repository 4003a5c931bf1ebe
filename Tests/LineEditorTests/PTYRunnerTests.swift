import Foundation
import Glibc
import TestSupport
import Testing

/// The PTY runner itself, against system programs.
@Suite struct PTYRunnerTests {
  @Test func echoesThroughCat() throws {
    let runner = try PTYRunner(executable: "/bin/cat")
    try runner.send("hello pty\n")
    try runner.expect("hello pty\r\nhello pty")
    try runner.send("\u{4}")
    #expect(try runner.waitForExit() == 0)
  }

  @Test func waitsForRawModeAndReportsExitCodes() throws {
    let runner = try PTYRunner(
      executable: "/bin/sh",
      arguments: ["-c", "stty -icanon -echo; echo ready; head -c 3; echo; exit 7"])
    try runner.waitForRawMode()
    try runner.expect("ready")
    try runner.send("abc")
    try runner.expect("abc")
    #expect(try runner.waitForExit() == 7)
  }

  @Test func passesArgumentsAndEnvironment() throws {
    let runner = try PTYRunner(
      executable: "/bin/sh", arguments: ["-c", "echo \"$1-$GREETING-$TERM\"", "sh", "arg"],
      environment: ["GREETING": "hi"])
    try runner.expect("arg-hi-xterm")
    #expect(try runner.waitForExit() == 0)
  }

  @Test func reportsDeathBySignal() throws {
    let runner = try PTYRunner(executable: "/bin/sh", arguments: ["-c", "echo up; sleep 30"])
    try runner.expect("up")
    runner.sendSignal(SIGKILL)
    #expect(try runner.waitForExit() == 128 + SIGKILL)
  }

  @Test func expectFailsWithTheTranscript() throws {
    let runner = try PTYRunner(executable: "/bin/sh", arguments: ["-c", "echo partial"])
    #expect(throws: PTYRunnerError.self) {
      try runner.expect("never printed", timeout: .seconds(5))
    }
    #expect(runner.transcript.contains("partial"))
  }
}
