import CoachKit
import Foundation
import LineEditor
import Programme
import Transcript

extension SessionLauncher {
  /// Starts a workshop for a room.
  func workshop(
    _ scenario: Scenario, entry: ScenarioLibrary.Entry, participants: [String], title: String?,
    code: String?,
    showsNotes: Bool, sharer: SessionSharer? = nil
  ) throws -> Int32 {
    let writer = try openTranscript(for: scenario, entry: entry) { session, info in
      SessionStarted(
        session: session, scenario: info, mode: .workshop, participants: participants,
        workshop: code,
        program: MentorCoach.version, title: title, hidesNotes: showsNotes ? nil : true,
        share: sharer.map {
          ShareConsent(by: $0.who, database: $0.target.redacted, redacted: $0.redact)
        })
    }
    defer { writer.close() }
    var session = WorkshopSession(
      scenario: scenario, participants: participants, session: writer.sessionID)
    let opening = session.start()
    let printer = CoachPrinter.standard(useColor: environment.useColor)
    if let title { printer.line(printer.styled(title, "1")) }
    printer.paragraph("\(scenario.title): \(participants.joined(separator: ", "))")
    let code = runWorkshop(session, opening: opening, writer: writer, showsNotes: showsNotes)
    guard let sharer else { return code }
    writer.close()
    guard code == 0 else {
      // Stopped by a signal or a failed save: nothing goes out from a session in that state.
      Console.error(
        "mentor-coach: this session was not shared; to share it: \(Self.retry(writer.sessionID, sharer))"
      )
      return code
    }
    return shareEnded(writer.sessionID, file: writer.fileURL, sharer) ?? code
  }

  /// The command that shares the session again, as the facilitator asked.
  private static func retry(_ id: String, _ sharer: SessionSharer) -> String {
    "mentor-coach share \(id)\(sharer.redact ? " --redact" : "")"
  }

  /// Shares a workshop that has ended (finished or paused) with the database its facilitator
  /// consented to; the local transcript stays as it is whatever happens.
  ///
  /// - Returns: 2 when sharing failed (after saying how to retry), else nil.
  private func shareEnded(_ id: String, file: URL, _ sharer: SessionSharer) -> Int32? {
    do {
      let log = try TranscriptReader.read(file)
      let database = try SessionSharer.connect(sharer.target)
      _ = try sharer.share(to: database) { body in try body(log) }
      Console.out(
        "shared this session\(sharer.redact ? ", redacted," : "") with \(sharer.target.redacted)")
      return nil
    } catch {
      let reason = (error as? any LocalizedError)?.errorDescription ?? "\(error)"
      Console.error(
        "mentor-coach: this session was not shared: \(reason); it is saved in \(file.path); to share it later: \(Self.retry(id, sharer))"
      )
      return 2
    }
  }

  /// Continues a workshop by replaying who said what into a fresh room.
  func resumeWorkshop(
    _ log: SessionLog, scenario: Scenario, writer: TranscriptWriter, showsNotes: Bool
  ) throws -> Int32 {
    var session = WorkshopSession(
      scenario: scenario, participants: log.started.participants, session: log.started.session)
    _ = session.start()
    for event in log.inputEvents {
      switch event.payload {
      case .answered, .received:
        let input = event.payload.typedLine ?? ""
        if event.who == WorkshopSession.group {
          _ = session.groupAnswer(input)
        } else if let who = event.who, log.started.participants.contains(who) {
          _ = session.answer(input, from: who)
        } else {
          _ = session.roomAnswer(input)
        }
      case .skip:
        if let who = event.who { _ = session.pass(who) } else { _ = session.skip() }
      case .back: _ = session.back()
      case .resumed: if let who = event.who { _ = session.rejoin(who) }
      default: break
      }
    }
    try writer.append(.resumed(from: log.events.count))
    let voice = scenario.prompts.voice
    let welcome = Output(.notice, voice.welcomeBack, step: session.step.id)
    // Whoever the safety net set aside is still on a break until the facilitator types :rejoin.
    let onBreak = session.onBreak.map {
      Output(.notice, Voice.fill(voice.workshop.onBreak, ["name": $0]), step: session.step.id)
    }
    let code = runWorkshop(
      session, opening: [welcome] + onBreak + session.currentPrompt(), writer: writer,
      showsNotes: showsNotes)
    if let consent = log.started.share {
      // The copy shared when the workshop paused stops there; resume does not connect on its
      // own (the database's password was never written down), so it says how to update it.
      Console.error(
        "mentor-coach: note: the database holds this workshop as it was when it paused; to share the rest: mentor-coach share \(log.started.session)\(consent.redacted ? " --redact" : "")"
      )
    }
    return code
  }

  private func runWorkshop(
    _ session: WorkshopSession, opening: [Output], writer: TranscriptWriter, showsNotes: Bool
  )
    -> Int32
  {
    StandardOutput.beginSession()
    var printer = CoachPrinter.standard(useColor: environment.useColor)
    printer.width = min(printer.width, 72)
    printer.showsNotes = showsNotes
    printer.notesChannel = notesChannel.map { channel in { channel.write($0) } }
    let reader = makeSessionReader(printer)
    defer { reader.close() }
    let runner = WorkshopRunner(
      session: session, reader: reader, transcript: writer, printer: printer,
      countdown: LiveCountdown())
    runner.echoesInput = !environment.isInteractive
    return finish(runner.run(opening: opening), transcript: writer.fileURL)
  }
}
