import Foundation
import TestSupport
import Testing

/// Coming back through pipes: the next practice with the same name asks how last time's next
/// step went, records it once, and `review report` counts it.
@Suite struct ComingBackTests {
  static func practice(_ name: String) -> [String] {
    EndToEnd.practice() + ["--name", name]
  }

  /// The `follow-up` events of every session, in file order.
  static func followUps(_ coach: BinaryRunner) throws -> [[String: Any]] {
    try coach.sessionFiles().flatMap { try EndToEnd.events(in: $0) }.filter {
      $0["type"] as? String == "follow-up"
    }
  }

  @Test func theNextPracticeAsksOnceAndTheReportCountsIt() throws {
    let coach = try BinaryRunner()
    let first = try coach.run(Self.practice("Ana"), input: EndToEnd.fullAnswers + "\n")
    #expect(first.status == 0)
    let earlier = try #require(coach.sessionFiles().first).deletingPathExtension()
      .lastPathComponent

    let second = try coach.run(
      Self.practice("ana"), input: "1\nWe met on Friday\n:quit\n")
    #expect(second.stderr == "")
    #expect(second.status == 0)
    #expect(
      second.stdout.hasPrefix(
        """
        Last time, your next step was: "I will email them tomorrow". How did it go? Type
        1 if you did it, 2 if you partly did, 3 if not yet, or press Enter to skip this
        question.

        > 1
        Thank you. Is there anything you would like to add about how it went? Press
        Enter to go on.

        > We met on Friday
        Thank you for telling me. Let's begin.

        Let's plan your first meeting with your mentee.
        """))
    let recorded = try Self.followUps(coach)
    #expect(recorded.count == 1)
    #expect(recorded.first?["earlier"] as? String == earlier)
    #expect(recorded.first?["outcome"] as? String == "done")
    #expect(recorded.first?["plan"] as? String == "I will email them tomorrow")
    #expect(recorded.first?["text"] as? String == "We met on Friday")

    // Never twice about the same step; never for someone else.
    let third = try coach.run(Self.practice("Ana"), input: ":quit\n")
    #expect(!third.stdout.contains("Last time"))
    let ben = try coach.run(Self.practice("Ben"), input: ":quit\n")
    #expect(!ben.stdout.contains("Last time"))

    let report = try coach.run(
      ["review", "report", "--format", "md"] + EndToEnd.fixtureOptions.prefix(2), input: "")
    #expect(report.status == 0)
    // The second session was started as "ana": the report names people as they were written.
    #expect(report.stdout.contains("| ana | 1 | 0 | 0 | 0 | 0 |"))
    #expect(report.stdout.contains("| Everyone | 1 | 0 | 0 | 0 | 0 |"))
  }

  @Test func skippingIsRecordedAndNotAskedAgain() throws {
    let coach = try BinaryRunner()
    _ = try coach.run(Self.practice("Cy"), input: EndToEnd.fullAnswers + "\n")
    let skipped = try coach.run(Self.practice("Cy"), input: "\n:quit\n")
    #expect(skipped.stdout.contains("That's fine; I won't ask about it again. Let's begin."))
    #expect(try Self.followUps(coach).map { $0["outcome"] as? String } == ["declined"])
    let again = try coach.run(Self.practice("Cy"), input: ":quit\n")
    #expect(!again.stdout.contains("Last time"))
  }

  @Test func wordsAboutLastTimeMeetTheSafetyNetAndResumeRebuildsThePause() throws {
    let coach = try BinaryRunner()
    _ = try coach.run(Self.practice("Di"), input: EndToEnd.fullAnswers + "\n")
    let caught = try coach.run(
      Self.practice("Di"), input: "not yet, I want to end it all\nyes\n")
    #expect(caught.status == 0)
    #expect(caught.stdout.contains("This is a practice tool, not a crisis service."))
    #expect(caught.stdout.contains("The session is paused and saved."))
    let resumed = try coach.run(
      ["resume"] + EndToEnd.fixtureOptions, input: "I am so busy\n:quit\n")
    #expect(resumed.status == 0)
    #expect(EndToEnd.busyReplies.contains { resumed.stdout.contains($0) }, "\(resumed.stdout)")
  }
}
