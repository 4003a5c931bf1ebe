import Foundation
import TestSupport
import Testing

/// `practice` through pipes: what is printed, what is recorded, and what is refused.
@Suite struct PracticeTests {
  @Test func fullScriptedRunPrintsTheSummaryAndRecordsEveryAnswer() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(EndToEnd.practice(), input: EndToEnd.fullAnswers)
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(
      EndToEnd.unvaried(result.stdout) == """
        Let's plan your first meeting with your mentee.

        What worries you most about that first meeting?

        > I am so busy with clinic
        You sound busy. Let's keep it manageable.

        How ready do you feel for that first meeting?
          (1 = not at all ready, 7 = completely ready)

        > 5
        Good. Let's build on that.

        How would you like to meet?
          1. In person
          2. On a video call

        > 1
        What will you do this week to set up the meeting?

        > I will email them tomorrow
        That is concrete. Put it in your diary now.

        What you said today
        Here is what you wrote today.
        Your worry: "I am so busy with clinic"
        Your readiness: 5 out of 7.
        Your next step: "I will email them tomorrow"

        Type 2 to change your next step, or press Enter to save.


        """)

    let file = try #require(coach.sessionFiles().first)
    #expect(coach.sessionFiles().count == 1)
    #expect(try EndToEnd.mode(file) == 0o600)
    #expect(try EndToEnd.mode(file.deletingLastPathComponent()) == 0o700)
    #expect(try EndToEnd.mode(coach.home) == 0o700)

    let events = try EndToEnd.events(in: file)
    let types = EndToEnd.types(events)
    #expect(types.first == "started")
    #expect(types.last == "ended")
    #expect(events.last?["completed"] as? Bool == true)
    let started = try #require(events.first)
    #expect(started["mode"] as? String == "practice")
    #expect(file.lastPathComponent == "\(started["session"] as? String ?? "?").jsonl")
    let scenario = try #require(started["scenario"] as? [String: Any])
    #expect(scenario["id"] as? String == "first-meeting")

    let answers = EndToEnd.answers(events)
    #expect(
      EndToEnd.inputs(events) == [
        "I am so busy with clinic", "5", "1", "I will email them tomorrow",
      ])
    #expect(answers.map { $0["step"] as? String } == ["opening", "confidence", "format", "step"])
    #expect(answers.map { $0["kind"] as? String } == ["text", "scale", "choice", "text"])
    #expect(answers.allSatisfy { $0["accepted"] as? Bool == true })
    #expect(answers[1]["value"] as? Int == 5)
    #expect(answers[2]["value"] as? Int == 1)
    #expect(
      Set(answers[0]["tags"] as? [String] ?? [])
        == ["time.overload", "time.clinical-conflict"])
    #expect(answers[3]["tags"] as? [String] == ["time.plan"])
    #expect((answers[0]["rule"] as? String)?.hasPrefix("busy ") == true)
  }

  @Test func anOutOfRangeScaleAnswerIsAskedAgainWithTheRange() throws {
    let coach = try BinaryRunner()
    let input = "I am so busy with clinic\n9\n5\n1\nI will email them tomorrow\n"
    let result = try coach.run(EndToEnd.practice(), input: input)
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        """
        > 9
        Please give a whole number from 1 (not at all ready) to 7 (completely ready).

        How ready do you feel for that first meeting?
          (1 = not at all ready, 7 = completely ready)

        > 5
        Good. Let's build on that.

        """))
    #expect(result.stdout.contains("Your readiness: 5 out of 7."))

    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    let scale = EndToEnd.answers(events).filter { $0["step"] as? String == "confidence" }
    #expect(scale.map { $0["input"] as? String } == ["9", "5"])
    #expect(scale.map { $0["accepted"] as? Bool } == [false, true])
    #expect(scale[0]["value"] == nil)
    #expect(scale[1]["value"] as? Int == 5)
    let retry = events.first { $0["kind"] as? String == "retry" }
    #expect(
      retry?["text"] as? String
        == "Please give a whole number from 1 (not at all ready) to 7 (completely ready).")
  }

  @Test func aLongAnswerAndInvalidUTF8AreStoredAndTheSessionGoesOn() throws {
    let coach = try BinaryRunner()
    // Past the 65,536 characters one answer holds: what fits is kept, and the person is told.
    let long = "I am busy, " + String(repeating: "very ", count: 40_000) + "busy today"
    #expect(long.utf8.count > 200_000)
    var input = Data((long + "\n5\n1\n").utf8)
    input += Data("I will ".utf8) + Data([0xFF, 0xC3]) + Data(" email them\n".utf8)
    let result = try coach.run(EndToEnd.practice(), input: input)
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(result.stdout.contains("That answer ran to 200,021 characters"))
    #expect(EndToEnd.busyReplies.contains { result.stdout.contains($0) })
    #expect(result.stdout.contains("That is concrete. Put it in your diary now."))
    #expect(result.stdout.contains("Your next step: \"I will \u{FFFD}\u{FFFD} email them\""))

    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(
      EndToEnd.inputs(events) == [
        String(long.prefix(65_536)), "5", "1", "I will \u{FFFD}\u{FFFD} email them",
      ])
    #expect(EndToEnd.types(events).last == "ended")
    #expect(events.last?["completed"] as? Bool == true)
  }

  @Test func aHomeThatCannotBeCreatedIsRefusedBeforeTheFirstQuestion() throws {
    let coach = try BinaryRunner()
    let blocker = coach.folder.appendingPathComponent("file")
    try Data("not a folder\n".utf8).write(to: blocker)
    let home = blocker.appendingPathComponent("home")
    let result = try coach.run(
      EndToEnd.practice(), input: Data(EndToEnd.fullAnswers.utf8), home: home)
    #expect(result.stdout == "")
    #expect(
      result.stderr == "mentor-coach: cannot create folder \(blocker.path): a file is in the way\n")
    #expect(result.status == 2)
    #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder\n")
  }

  @Test func anUnknownScenarioIsNamedWithASuggestion() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(EndToEnd.practice("first-meting"), input: "")
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        mentor-coach: there is no scenario 'first-meting'; did you mean 'first-meeting'? \
        (available: first-meeting)

        """)
    #expect(result.status == 2)
    #expect(coach.sessionFiles().isEmpty)
  }
}
