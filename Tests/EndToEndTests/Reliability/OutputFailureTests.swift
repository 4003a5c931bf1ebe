import Foundation
import Glibc
import TestSupport
import Testing

/// Finding 2 of the hardening issue: a failed write to standard output is reported in one
/// sentence with exit 2, never a crash; in a session it ends with a `paused` event.
@Suite struct OutputFailureTests {
  /// A data folder with one unfinished session, so that `review list` has something to print.
  private func coachWithASession() throws -> BinaryRunner {
    let coach = try BinaryRunner()
    let result = try coach.run(EndToEnd.practice(), input: "I am so busy with clinic\n")
    #expect(result.status == 0)
    return coach
  }

  @Test(arguments: [
    ["review", "list"], ["list"] + EndToEnd.fixtureOptions, ["--help"],
    [
      "validate", EndToEnd.repository.appendingPathComponent("Scenarios").path, "--prompts",
      EndToEnd.repository.appendingPathComponent("Prompts").path,
    ],
  ])
  func aFullDiskIsReportedWithExitTwo(_ arguments: [String]) throws {
    let coach = try coachWithASession()
    let result = try Shell.run(#"exec "$0" "$@" > /dev/full"#, arguments, coach: coach)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr == "mentor-coach: cannot write output: No space left on device\n")
  }

  /// A pipe whose reader is gone before the program writes, so the write fails.
  ///
  /// `env` sets SIGPIPE's disposition, which the test process may have set to ignored.
  private static func closedPipe(_ disposition: String) -> String {
    #"( sleep 0.3; env --\#(disposition)-signal=PIPE "$0" "$@"; echo "status=$?" >&2 ) | exit 0"#
  }

  @Test func aClosedPipeWithSIGPIPEIgnoredIsReportedWithExitTwo() throws {
    let coach = try coachWithASession()
    let result = try Shell.run(
      Self.closedPipe("ignore"), ["review", "list"], coach: coach)
    #expect(result.stderr == "mentor-coach: cannot write output: Broken pipe\nstatus=2\n")
  }

  @Test func aClosedPipeWithTheDefaultSIGPIPEEndsQuietlyAsFiltersDo() throws {
    let coach = try coachWithASession()
    let result = try Shell.run(Self.closedPipe("default"), ["review", "list"], coach: coach)
    #expect(result.stderr == "status=\(128 + SIGPIPE)\n")
  }

  @Test func aSessionWritingToAFullDiskPausesAndSaysWhereTheAnswersAre() throws {
    let coach = try BinaryRunner()
    let result = try Shell.run(
      #"exec "$0" "$@" > /dev/full"#, EndToEnd.practice(), coach: coach,
      input: "I am so busy with clinic\n")
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("mentor-coach: cannot write output: No space left on device;"))
    #expect(!result.stderr.contains("Fatal error"))
    let file = try #require(coach.sessionFiles().first)
    #expect(EndToEnd.types(try EndToEnd.events(in: file)).last == "paused")
  }

  @Test func closingTheTerminalPausesTheSession() throws {
    let coach = try BinaryRunner()
    let terminal = try coach.startOnTerminal(EndToEnd.practice())
    try terminal.expect("What worries you most about that first meeting?")
    try terminal.waitForRawMode()
    try terminal.send("I am so busy with clinic\r")
    try terminal.expect("completely ready)")
    try terminal.waitForRawMode()
    terminal.closeTerminal()
    let status = try terminal.waitForExit()
    #expect(status != 128 + SIGILL && status != 128 + SIGTRAP, "crashed: \(status)")
    let file = try #require(coach.sessionFiles().first)
    let events = try EndToEnd.events(in: file)
    #expect(EndToEnd.types(events).last == "paused")
    #expect(EndToEnd.inputs(events) == ["I am so busy with clinic"])
  }
}
