import Foundation
import Glibc
import TestSupport
import Testing

/// A session killed outright keeps every acknowledged answer and can be resumed.
@Suite struct CrashSafetyTests {
  @Test func resumeAfterSIGKILLFinishesWithEveryAnswerOnce() throws {
    let coach = try BinaryRunner()
    let running = try coach.start(EndToEnd.practice())
    running.write("I am so busy with clinic\n5\n")
    // The coach asks the third question only after both answers reached the disk.
    try running.wait {
      guard running.stdout.contains("How would you like to meet?"),
        let file = coach.sessionFiles().first
      else { return false }
      return EndToEnd.inputs(try EndToEnd.events(in: file)).count == 2
    }
    running.sendSignal(SIGKILL)
    let killed = try running.waitForExit()
    #expect(killed.status == 128 + SIGKILL)

    let file = try #require(coach.sessionFiles().first)
    let before = try EndToEnd.events(in: file)
    #expect(EndToEnd.inputs(before) == ["I am so busy with clinic", "5"])
    #expect(!EndToEnd.types(before).contains("ended"))
    #expect(!EndToEnd.types(before).contains("paused"))

    let resumed = try coach.run(
      ["resume"] + EndToEnd.fixtureOptions, input: "1\nI will email them tomorrow\n")
    #expect(resumed.stderr == "")
    #expect(resumed.status == 0)
    #expect(
      resumed.stdout.hasPrefix(
        """
        Welcome back. Here is where you left off.

        How would you like to meet?
          1. In person
          2. On a video call

        > 1
        What will you do this week to set up the meeting?

        """))
    #expect(resumed.stdout.contains("Your worry: \"I am so busy with clinic\""))
    #expect(resumed.stdout.contains("Your readiness: 5 out of 7."))
    #expect(coach.sessionFiles() == [file])

    let after = try EndToEnd.events(in: file)
    #expect(EndToEnd.types(Array(after.prefix(before.count))) == EndToEnd.types(before))
    #expect(
      EndToEnd.inputs(after) == [
        "I am so busy with clinic", "5", "1", "I will email them tomorrow",
      ])
    let types = EndToEnd.types(after)
    #expect(types.filter { $0 == "resumed" }.count == 1)
    #expect(types.filter { $0 == "started" }.count == 1)
    #expect(types.last == "ended")
    #expect(after.last?["completed"] as? Bool == true)
    #expect(after.map { $0["seq"] as? Int } == Array(0..<after.count))
  }

  @Test func whatTheScreenShowsIsOnDiskWhenKilledAtOnce() throws {
    let coach = try BinaryRunner()
    let running = try coach.start(EndToEnd.practice())
    running.write("I am so busy with clinic\n")
    // Killed the moment the reply shows, without waiting for the file: the answer, the reply
    // and the next question were written together, before the reply appeared.
    try running.wait { running.stdout.contains("How ready do you feel") }
    running.sendSignal(SIGKILL)
    _ = try running.waitForExit()
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(EndToEnd.inputs(events) == ["I am so busy with clinic"])
    let said = events.compactMap { $0["text"] as? String }
    #expect(said.contains { $0.contains("How ready do you feel") })
    for text in said { #expect(running.stdout.contains(text.prefix(12))) }
  }

  @Test func sigtermThroughPipesExits143AndRecordsThePause() throws {
    let coach = try BinaryRunner()
    let running = try coach.start(EndToEnd.practice())
    running.write("I am so busy with clinic\n")
    try running.wait { running.stdout.contains("How ready do you feel") }
    running.sendSignal(SIGTERM)
    let result = try running.waitForExit()
    #expect(result.status == 128 + SIGTERM)
    #expect(result.stderr == "")
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(EndToEnd.inputs(events) == ["I am so busy with clinic"])
    #expect(EndToEnd.types(events).last == "paused")
    #expect(events.last?["reason"] as? String == "signal")
  }
}
