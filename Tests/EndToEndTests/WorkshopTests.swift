import Foundation
import Glibc
import TestSupport
import Testing

/// `workshop` through pipes: a room of three, attribution of every answer, notes, resume.
@Suite struct WorkshopTests {
  static func workshop(_ participants: String, _ extra: [String] = []) -> [String] {
    ["workshop", "first-meeting", "--participants", participants] + extra
      + EndToEnd.fixtureOptions
  }

  /// Each `answered` event's `who` (or `-` for the room) and input.
  static func attributed(_ events: [[String: Any]]) -> [String] {
    EndToEnd.answers(events).map {
      "\($0["who"] as? String ?? "-"): \($0["input"] as? String ?? "?")"
    }
  }

  /// Each `skip` event's `who` (or `-` for the room) and step.
  static func skips(_ events: [[String: Any]]) -> [String] {
    events.filter { $0["type"] as? String == "skip" }.map {
      "\($0["who"] as? String ?? "-"): \($0["step"] as? String ?? "?")"
    }
  }

  @Test func aRoomOfThreeRunsToTheEndWithPassAndGroup() throws {
    let coach = try BinaryRunner()
    let input = """
      I am so busy with clinic
      :pass
      I feel nervous about it
      :group
      5
      1
      I will email them tomorrow
      I will book it
      :pass

      """
    let result = try coach.run(
      Self.workshop("Ana, Ben,Cy", ["--title", "Ward 5 mentors", "--code", "W5"]), input: input)
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(
      EndToEnd.unvaried(result.stdout) == """
        Ward 5 mentors
        Your first meeting: Ana, Ben, Cy

        Let's plan your first meeting with your mentee.

        ── 1 of about 4 ──
        What worries you most about that first meeting?

        Ana> I am so busy with clinic
        Ana: You sound busy. Let's keep it manageable.

        Ben> :pass
        Ben passes on this one.

        Cy> I feel nervous about it
        Cy: You feel nervous about it.

        ── 2 of about 4 ──
        How ready do you feel for that first meeting?
          (1 = not at all ready, 7 = completely ready)

        Ana> :group
        Group> 5
        Group: Good. Let's build on that.

        ── 3 of about 4 ──
        How would you like to meet?
          1. In person
          2. On a video call

        Room> 1
        ── 4 of about 4 ──
        What will you do this week to set up the meeting?

        Ana> I will email them tomorrow
        Ana: That is concrete. Put it in your diary now.

        Ben> I will book it
        Ben: That is concrete. Put it in your diary now.

        Cy> :pass
        Cy passes on this one.

        What you said today
        Ana
        Here is what you wrote today.
        Your worry: "I am so busy with clinic"
        Your readiness: 5 out of 7.
        Your next step: "I will email them tomorrow"

        Ben
        Here is what you wrote today.
        Your worry: "…"
        Your readiness: 5 out of 7.
        Your next step: "I will book it"

        Cy
        Here is what you wrote today.
        Your worry: "I feel nervous about it"
        Your readiness: 5 out of 7.
        Your next step: "…"


        """)

    #expect(coach.sessionFiles().count == 1)
    let file = try #require(coach.sessionFiles().first)
    let events = try EndToEnd.events(in: file)
    let started = try #require(events.first)
    #expect(started["type"] as? String == "started")
    #expect(started["mode"] as? String == "workshop")
    #expect(started["participants"] as? [String] == ["Ana", "Ben", "Cy"])
    #expect(started["workshop"] as? String == "W5")
    #expect(started["title"] as? String == "Ward 5 mentors")
    #expect(
      Self.attributed(events) == [
        "Ana: I am so busy with clinic", "Cy: I feel nervous about it", "Group: 5", "-: 1",
        "Ana: I will email them tomorrow", "Ben: I will book it",
      ])
    #expect(Self.skips(events) == ["Ben: opening", "Cy: step"])
    #expect(EndToEnd.types(events).filter { $0 == "ended" }.count == 1)
    #expect(EndToEnd.types(events).last == "ended")
    #expect(events.last?["completed"] as? Bool == true)
    #expect(events.map { $0["seq"] as? Int } == Array(0..<events.count))
  }

  static let huddle = """
    id: team-huddle
    title: Team huddle
    area: time
    summary: A short huddle with a timed discussion.
    minutes: 5
    version: 1
    steps:
      - id: share
        notes: [Ask the quietest person first.]
        discuss: 1m
        say: Let's share one thing that went well.
        ask: text
        question: What went well this week?
        fallback: [Say a little more.]
        next: close
      - id: close
        end: true
        say: Thank you all.
    """

  /// `workshop team-huddle` with the huddle scenario written into a temporary folder.
  static func huddleWorkshop(_ coach: BinaryRunner, _ extra: [String] = []) throws -> [String] {
    let folder = coach.folder.appendingPathComponent("scenarios", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(huddle.utf8).write(to: folder.appendingPathComponent("team-huddle.yaml"))
    return ["workshop", "team-huddle", "--participants", "Ana,Ben"] + extra
      + ["--prompts", EndToEnd.prompts.path, "--scenarios", folder.path]
  }

  @Test func facilitatorNotesShowUnlessHidden() throws {
    let coach = try BinaryRunner()
    let shown = try coach.run(try Self.huddleWorkshop(coach), input: "It went well\n:pass\n")
    #expect(shown.stderr == "")
    #expect(shown.status == 0)
    #expect(
      shown.stdout.hasPrefix(
        """
        Team huddle: Ana, Ben

        [Facilitator] Ask the quietest person first.

        Let's share one thing that went well.

        Discussion time: 1:00.

        ── 1 of about 1 ──
        What went well this week?

        """))

    let hidden = try coach.run(
      try Self.huddleWorkshop(coach, ["--no-notes"]), input: "It went well\n:pass\n")
    #expect(hidden.stderr == "")
    #expect(hidden.status == 0)
    #expect(
      hidden.stdout == """
        Team huddle: Ana, Ben

        Let's share one thing that went well.

        Discussion time: 1:00.

        ── 1 of about 1 ──
        What went well this week?

        Ana> It went well
        Ana: Thank you.

        Ben> :pass
        Ben passes on this one.

        What you said today
        Thank you all.


        """)
    #expect(!hidden.stdout.contains("quietest"))
    // The transcript keeps the note either way.
    for file in coach.sessionFiles() {
      let notes = try EndToEnd.events(in: file).filter {
        $0["kind"] as? String == "note-for-facilitator"
      }
      #expect(notes.map { $0["text"] as? String } == ["Ask the quietest person first."])
    }
  }

  @Test func resumingAWorkshopStartedWithNoNotesKeepsThemHidden() throws {
    let coach = try BinaryRunner()
    let first = try coach.run(
      try Self.huddleWorkshop(coach, ["--no-notes"]), input: "It went well\n")
    #expect(first.status == 0)
    let resumed = try coach.run(
      [
        "resume", "--prompts", EndToEnd.prompts.path, "--scenarios",
        coach.folder.appendingPathComponent("scenarios").path,
      ],
      input: ":pass\n")
    #expect(resumed.status == 0)
    #expect(resumed.stdout.contains("Ben> :pass"))
    #expect(!resumed.stdout.contains("[Facilitator]"))
  }

  @Test func killedMidWorkshopThenResumedAttributesEachAnswerOnce() throws {
    let coach = try BinaryRunner()
    let running = try coach.start(Self.workshop("Ana,Ben,Cy"))
    running.write(
      "I am so busy with clinic\n:pass\nI feel nervous about it\n:group\n5\n1\nI will email them tomorrow\n"
    )
    // Ana's reply appears only after her answer reached the disk.
    try running.wait {
      guard running.stdout.contains("Ana: That is concrete."),
        let file = coach.sessionFiles().first
      else { return false }
      return EndToEnd.answers(try EndToEnd.events(in: file)).count == 5
    }
    running.sendSignal(SIGKILL)
    #expect(try running.waitForExit().status == 128 + SIGKILL)

    let file = try #require(coach.sessionFiles().first)
    let before = try EndToEnd.events(in: file)
    #expect(!EndToEnd.types(before).contains("ended"))
    #expect(!EndToEnd.types(before).contains("paused"))

    let resumed = try coach.run(
      ["resume"] + EndToEnd.fixtureOptions, input: "I will book it\nI will send a text\n")
    #expect(resumed.stderr == "")
    #expect(resumed.status == 0)
    // Ana has answered this step: Ben's turn comes next.
    #expect(
      resumed.stdout.hasPrefix(
        """
        Welcome back. Here is where you left off.

        ── 4 of about 4 ──
        What will you do this week to set up the meeting?

        Ben> I will book it
        Ben: That is concrete. Put it in your diary now.

        Cy> I will send a text
        Cy: That is concrete. Put it in your diary now.

        What you said today

        """))
    #expect(coach.sessionFiles() == [file])

    let after = try EndToEnd.events(in: file)
    #expect(EndToEnd.types(Array(after.prefix(before.count))) == EndToEnd.types(before))
    #expect(
      Self.attributed(after) == [
        "Ana: I am so busy with clinic", "Cy: I feel nervous about it", "Group: 5", "-: 1",
        "Ana: I will email them tomorrow", "Ben: I will book it", "Cy: I will send a text",
      ])
    #expect(Self.skips(after) == ["Ben: opening"])
    let types = EndToEnd.types(after)
    #expect(types.filter { $0 == "started" }.count == 1)
    #expect(types.filter { $0 == "resumed" }.count == 1)
    #expect(types.last == "ended")
    #expect(after.map { $0["seq"] as? Int } == Array(0..<after.count))
    #expect(types.filter { $0 == "ended" }.count == 1)
  }

  @Test func aDuplicateNameIsRefusedBeforeAnythingStarts() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(Self.workshop("Ana,Ben,ana"), input: "I am busy\n")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        "Error: --participants has the same name twice; give each person a different name\n"))
    #expect(
      result.stderr.contains(
        "Usage: mentor-coach workshop [<options>] <scenario> --participants <names>"))
    #expect(coach.sessionFiles().isEmpty)
  }

  @Test func timerPrintsTheDiscussionTime() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(Self.workshop("Ana"), input: ":timer 2\n:quit\n")
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        """
        What worries you most about that first meeting?

        Ana> :timer 2
        Discussion time: 2:00.

        Ana> :quit
        Your answers are saved. Type 'mentor-coach resume' to carry on.


        """))
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(EndToEnd.types(events).last == "paused")
    #expect(events.last?["reason"] as? String == "quit")
  }

  @Test func theRoomsChoiceAndGroupAnswersReachEverySummaryOfTheBundledBoundaries() throws {
    let coach = try BinaryRunner()
    let answers = [
      ":group", "She messages me at midnight", ":group", "4", ":group", "I want clear hours",
      ":group", "Nothing agreed", ":group", "I am tired", "1", ":group",
      "I will reply only in working hours", ":group", "I am not available after seven",
      ":group", "email her on Monday", ":group", "5",
    ]
    let result = try coach.run(
      ["workshop", "boundaries", "--participants", "Ana,Ben"] + SummaryCorrectionTests.bundled,
      input: answers.joined(separator: "\n") + "\n")
    #expect(result.status == 0)
    for name in ["Ana", "Ben"] {
      let summary = try #require(
        result.stdout.components(separatedBy: "\n\(name)\nHere is what you worked on today.")
          .dropFirst().first, "no summary for \(name)")
      #expect(summary.contains("The boundary you chose to work on: When and how my mentee can"))
      #expect(summary.contains("Your next step: \"email her on Monday\""))
      #expect(summary.contains("4 out of 7 at the start, 5 out of 7"))
    }
  }
}
