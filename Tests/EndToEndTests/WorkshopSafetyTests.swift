import Foundation
import TestSupport
import Testing

/// `workshop` through pipes when a participant's answer is caught by the safety net: only they
/// are set aside, the room's screen never shows their words, the others finish, and `resume`
/// carries on with them still on a break.
@Suite struct WorkshopSafetyTests {
  @Test func oneParticipantInCrisisTheOthersFinishAndResumeCarriesOn() throws {
    let coach = try BinaryRunner()
    let first = try coach.run(
      WorkshopTests.workshop("Ana,Ben,Cy", ["--no-notes"]),
      input: "I am so busy with clinic\nI want to end it all\nI feel nervous about it\n5\n:quit\n")
    #expect(first.stderr == "")
    #expect(first.status == 0)
    #expect(
      EndToEnd.unvaried(first.stdout).contains(
        """
        Ana> I am so busy with clinic
        Ana: You sound busy. Let's keep it manageable.

        Ben> …
        Facilitator: when the screen is not shared, type :guidance to see what
        to do next.

        Ben is taking a break.

        Cy> I feel nervous about it
        Cy: You feel nervous about it.

        ── 2 of about 4 ──
        """))
    let file = try #require(coach.sessionFiles().first)
    let events = try EndToEnd.events(in: file)
    let benPause = events.filter {
      $0["who"] as? String == "Ben" && $0["type"] as? String == "paused"
    }
    #expect(benPause.map { $0["reason"] as? String } == ["safety"])
    #expect(events.last?["type"] as? String == "paused")
    #expect(events.last?["reason"] as? String == "quit")

    let resumed = try coach.run(
      ["resume"] + EndToEnd.fixtureOptions,
      input: "6\n1\nI will email them tomorrow\nI will send a text\n")
    #expect(resumed.stderr == "")
    #expect(resumed.status == 0)
    #expect(
      resumed.stdout.hasPrefix(
        """
        Welcome back. Here is where you left off.

        Ben is taking a break.

        ── 2 of about 4 ──
        How ready do you feel for that first meeting?
          (1 = not at all ready, 7 = completely ready)

        Cy> 6
        """))
    #expect(resumed.stdout.contains("Cy> I will send a text\nCy: That is concrete."))
    #expect(resumed.stdout.contains("What you said today"))
    for output in [first.stdout, resumed.stdout] {
      for words in ["end it all", "practice tool", "pause here", "Test Line", "privately"] {
        #expect(!output.contains(words), "the room's screen shows \"\(words)\"")
      }
    }
    let after = try EndToEnd.events(in: file)
    #expect(EndToEnd.types(after).last == "ended")
    #expect(
      WorkshopTests.attributed(after) == [
        "Ana: I am so busy with clinic", "Ben: I want to end it all",
        "Cy: I feel nervous about it", "Ana: 5", "Cy: 6", "-: 1",
        "Ana: I will email them tomorrow", "Cy: I will send a text",
      ])
  }

  @Test func theFacilitatorsOwnScreenShowsTheGuidanceAndRejoinBringsThemBack() throws {
    let coach = try BinaryRunner()
    let first = try coach.run(
      WorkshopTests.workshop("Ana,Ben"),
      input: "I want to end it all\nI am so busy\n:quit\n")
    #expect(first.status == 0)
    #expect(
      first.stdout.contains(
        """
        Ana> …
        [Facilitator] For the facilitator: speak with Ana privately. Help: Your
        local emergency number: 999 (test)
        """))
    #expect(first.stdout.contains("Ana is taking a break."))
    #expect(!first.stdout.contains("end it all"))

    let resumed = try coach.run(
      ["resume"] + EndToEnd.fixtureOptions, input: ":rejoin Ana\n5\n:quit\n")
    #expect(resumed.status == 0)
    #expect(resumed.stdout.contains("Ben> :rejoin Ana\nAna is joining in again.\n\nAna> 5\n"))
    // Resuming again replays the rejoin: Ana is not on a break any more.
    let again = try coach.run(["resume"] + EndToEnd.fixtureOptions, input: ":quit\n")
    #expect(!again.stdout.contains("taking a break"))
    #expect(again.stdout.contains("Ben> :quit"))
  }

  @Test func withNotesHiddenTheGuidanceReachesTheNotesChannelAndNeverTheRoom() throws {
    let coach = try BinaryRunner()
    let notes = coach.folder.appendingPathComponent("facilitator.txt")
    let result = try coach.run(
      WorkshopTests.workshop("Ana,Ben", ["--no-notes", "--notes-to", notes.path]),
      input: "I want to end it all\nI am so busy\n:quit\n")
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(result.stdout.contains("Ana> …\nAna is taking a break.\n"))
    for words in ["end it all", "Facilitator", "privately", "Test Line", ":guidance"] {
      #expect(!result.stdout.contains(words), "the room's screen shows \"\(words)\"")
    }
    let channel = try String(contentsOf: notes, encoding: .utf8)
    #expect(channel.hasPrefix("[Facilitator] For the facilitator: speak with Ana privately."))
    #expect(channel.contains("Testland: Test Line, call 123"))
    let mode = try FileManager.default.attributesOfItem(atPath: notes.path)[.posixPermissions]
    #expect(mode as? Int == 0o600)
  }

  @Test func aNotesChannelThatCannotBeOpenedStopsBeforeTheWorkshopStarts() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(
      WorkshopTests.workshop("Ana", ["--notes-to", coach.folder.path]), input: "I am busy\n")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("cannot send facilitator notes to \(coach.folder.path)"))
    #expect(coach.sessionFiles().isEmpty)
  }
}
