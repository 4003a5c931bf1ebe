import Foundation
import Glibc
import TestSupport
import Testing

/// A very long answer (dictation with no full stops) is saved before the engine reads it, is
/// read in time close to linear, and a signal meanwhile still saves and exits (issue 9,
/// finding 3).
@Suite struct LongAnswerTests {
  /// About 60 KB of run-on text; reading it takes the engine a moment even now.
  static let runOn =
    Array(
      repeating: "i am so busy with clinic and the rota and i feel i never get to see her",
      count: 850
    )
    .joined(separator: " ")

  /// Waits until the transcript holds the long answer's `received` event.
  static func waitForReceived(_ running: BinaryRunner.Running, _ coach: BinaryRunner) throws {
    try running.wait {
      guard let file = coach.sessionFiles().first,
        let text = try? String(contentsOf: file, encoding: .utf8)
      else { return false }
      return text.contains(#""type":"received""#)
    }
  }

  @Test func aKilledSessionKeepsTheLongAnswerAndResumeReadsIt() throws {
    let coach = try BinaryRunner()
    let running = try coach.start(EndToEnd.practice())
    running.write(Self.runOn + "\n")
    try Self.waitForReceived(running, coach)
    running.sendSignal(SIGKILL)
    #expect(try running.waitForExit().status == 128 + SIGKILL)
    let file = try #require(coach.sessionFiles().first)
    let received = try EndToEnd.events(in: file).filter { $0["type"] as? String == "received" }
    #expect(received.map { $0["input"] as? String } == [Self.runOn])

    let resumed = try coach.run(
      ["resume"] + EndToEnd.fixtureOptions, input: "5\n1\nI will email them tomorrow\n")
    #expect(resumed.status == 0)
    #expect(resumed.stdout.contains("Your readiness: 5 out of 7."))
    // The summary quotes the long answer: it was replayed though it may never have been read.
    #expect(resumed.stdout.contains("Your worry: \"i am so busy with clinic and the rota"))
  }

  @Test func sigtermWhileTheEngineReadsSavesTheReplyAndExits143() throws {
    let coach = try BinaryRunner()
    let running = try coach.start(EndToEnd.practice())
    running.write(Self.runOn + "\n")
    try Self.waitForReceived(running, coach)
    running.sendSignal(SIGTERM)
    let result = try running.waitForExit()
    #expect(result.status == 128 + SIGTERM)
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(EndToEnd.inputs(events) == [Self.runOn])
    #expect(EndToEnd.types(events).last == "paused")
    #expect(events.last?["reason"] as? String == "signal")
  }
}
