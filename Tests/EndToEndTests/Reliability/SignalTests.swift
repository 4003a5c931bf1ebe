import Foundation
import Glibc
import TestSupport
import Testing

/// Findings 9 and 11 of the hardening issue: Ctrl-\ saves and quits without the crash
/// reporter, and SIGHUP exits 128 + 1.
@Suite struct SignalTests {
  private func startSession(_ coach: BinaryRunner) throws -> PTYRunner {
    let terminal = try coach.startOnTerminal(EndToEnd.practice())
    try terminal.expect("What worries you most about that first meeting?")
    try terminal.waitForRawMode()
    try terminal.send("I am so busy with clinic\r")
    try terminal.expect("completely ready)")
    try terminal.waitForRawMode()
    return terminal
  }

  private func lastEvent(_ coach: BinaryRunner) throws -> [String: Any] {
    let file = try #require(coach.sessionFiles().first)
    return try #require(try EndToEnd.events(in: file).last)
  }

  @Test func ctrlBackslashSavesAndQuitsWithoutTheCrashReporter() throws {
    let coach = try BinaryRunner()
    let terminal = try startSession(coach)
    try terminal.send("\u{1C}")
    #expect(try terminal.waitForExit() == 128 + SIGQUIT)
    #expect(!terminal.transcript.contains("crashed"))
    #expect(!terminal.transcript.contains("Backtrace"))
    let last = try lastEvent(coach)
    #expect(last["type"] as? String == "paused")
    #expect(last["reason"] as? String == "signal")
  }

  @Test func sigHUPExitsWithItsOwnCode() throws {
    let coach = try BinaryRunner()
    let terminal = try startSession(coach)
    terminal.sendSignal(SIGHUP)
    #expect(try terminal.waitForExit() == 128 + SIGHUP)
    #expect(try lastEvent(coach)["type"] as? String == "paused")
  }
}
