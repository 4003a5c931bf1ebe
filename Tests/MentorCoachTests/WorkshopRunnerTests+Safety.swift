import CoachKit
import Foundation
import LineEditor
import TestSupport
import Testing
import Transcript

@testable import mentor_coach

/// A crisis in the room: only its author is set aside, their words never reach the shared
/// screen, the facilitator alone gets guidance, and the others finish.
extension WorkshopRunnerTests {
  static let crisis = [
    "I am so busy with clinic", "I want to end it all", "I feel nervous about it",
    "5", "6", "1", "I will email them tomorrow", "I will book it",
  ]

  @Test func aParticipantInCrisisIsSetAsideAndTheOthersFinish() throws {
    let run = try run(Self.crisis.map(ReadResult.line), echoes: true)
    #expect(run.end == .finished)
    #expect(run.events.types.last == "ended")
    // Ben's turns are skipped after his answer was caught.
    #expect(
      run.reader.prompts == [
        "Ana> ", "Ben> ", "Cy> ", "Ana> ", "Cy> ", "Room> ", "Ana> ", "Cy> ",
      ])
    let screen = run.screen.text
    for words in ["end it all", "practice tool", "Would you like to pause", "Test Line"] {
      #expect(!screen.contains(words), "the room's screen shows \"\(words)\"")
    }
    #expect(screen.contains("Ben> …\nFacilitator: when the screen is not shared, type :guidance"))
    #expect(screen.contains("to do next.\n\nBen is taking a break.\n"))
    // Ben is not summed up in front of the room.
    #expect(!screen.contains("Ben\nHere is what you wrote today."))
    #expect(screen.contains("Cy\nHere is what you wrote today."))
    #expect(!run.reader.history.contains { $0.line.contains("end it all") })
  }

  @Test func theTranscriptRecordsTheAnswerThePauseAndTheGuidanceForThatParticipant() throws {
    let run = try run(Self.crisis.map(ReadResult.line))
    let ben = run.events.filter { $0.who == "Ben" }
    #expect(ben.map(\.payload.type) == ["received", "answered", "safety", "said", "paused"])
    #expect(ben.last?.pauseReason == .safety)
    guard case .said(let guidance) = ben[3].payload else { return }
    #expect(guidance.kind == .noteForFacilitator)
    #expect(guidance.text.hasPrefix("For the facilitator: speak with Ben privately."))
    #expect(run.events.filter { $0.pauseReason != nil }.count == 1)
  }

  @Test func theFacilitatorSeesTheGuidanceOnlyWhereNotesAreShown() throws {
    let lines = ["I am so busy", "I want to end it all", ":quit"].map(ReadResult.line)
    let projected = try run(lines)
    #expect(!projected.screen.text.contains("For the facilitator"))
    let own = try run(lines, showsNotes: true)
    #expect(
      own.screen.text.contains(
        "[Facilitator] For the facilitator: speak with Ben privately. Help: Your local"))
    #expect(!own.screen.text.contains("end it all"))
  }

  @Test func rejoinBringsAParticipantBackAndIsRecorded() throws {
    let run = try run(
      ["I am busy", "I want to end it all", ":rejoin cy", ":rejoin ben", "I am busy too", ":quit"],
      echoes: true)
    #expect(run.screen.text.contains("cy is not taking a break. Taking a break: Ben."))
    #expect(run.screen.text.contains("Ben is joining in again."))
    #expect(run.reader.prompts == ["Ana> ", "Ben> ", "Cy> ", "Cy> ", "Ben> ", "Cy> "])
    let rejoined = try #require(run.events.first { $0.payload.type == "resumed" })
    #expect(rejoined.who == "Ben")
  }

  @Test func whenEveryoneIsOnABreakAnswersWaitForTheGroupOrARejoin() throws {
    let run = try run(
      ["I want to end it all", "4", ":group", "4", ":quit"], participants: ["Ana"], echoes: true)
    #expect(
      run.screen.text.contains(
        "Room> 4\nEveryone is taking a break. Type :rejoin NAME to bring someone back"))
    #expect(run.events.answers.map(\.who) == ["Ana", "Group"])
    #expect(run.end == .paused(.quit))
  }

  @Test func everyAnswerGetsAReply() throws {
    let run = try run(["hmm", ":group", "hmm", ":quit"], echoes: true)
    #expect(run.screen.text.contains("Ana> hmm\nAna: Thank you.\n"))
    #expect(run.screen.text.contains("Group> hmm\nGroup: Thank you.\n"))
  }
}

/// The facilitator's own channel for the guidance, and `:guidance` on demand.
extension WorkshopRunnerTests {
  @Test func withNotesHiddenTheGuidanceGoesOnlyToTheFacilitatorsChannel() throws {
    var session = WorkshopSession(scenario: try firstMeeting(), participants: ["Ana", "Ben"])
    let opening = session.start()
    let screen = Screen()
    var channel = ""
    var printer = screen.printer(showsNotes: false)
    printer.notesChannel = { channel += $0 }
    let runner = WorkshopRunner(
      session: session,
      reader: ScriptedLineReader(["I want to end it all", ":quit"].map(ReadResult.line)),
      transcript: screen.sink, printer: printer, countdown: LiveCountdown())
    _ = runner.run(opening: opening)
    #expect(channel.hasPrefix("[Facilitator] For the facilitator: speak with Ana privately."))
    #expect(!screen.text.contains("For the facilitator"))
    #expect(!screen.text.contains(":guidance"), "no hint is needed when a channel is open")
  }

  @Test func withNotesHiddenAndNoChannelTheRoomSeesOnlyAHintAndGuidanceShowsOnDemand() throws {
    let run = try run(
      [":guidance", "I want to end it all", ":guidance", ":quit"].map(ReadResult.line),
      echoes: true)
    let text = run.screen.text
    #expect(text.contains("There is no guidance for the facilitator in this session."))
    let hint = "Facilitator: when the screen is not shared, type :guidance to see what to do next."
    #expect(text.contains("Ana> …\n" + hint + "\n\nAna is taking a break.\n"))
    let shown = try #require(text.range(of: "Ben> :guidance\n"))
    #expect(
      text[shown.upperBound...].hasPrefix(
        "[Facilitator] For the facilitator: speak with Ana privately."))
  }
}
