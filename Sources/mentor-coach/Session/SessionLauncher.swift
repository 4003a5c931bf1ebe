import CoachKit
import Foundation
import LineEditor
import Transcript

/// Starts and resumes practice sessions: the checks before the first question, the transcript,
/// the reader, and the loop.
struct SessionLauncher {
  var environment: AppEnvironment
  /// Where a workshop's facilitator notes also go (`--notes-to`), opened before it starts.
  var notesChannel: NotesChannel?

  /// Starts a new solo session of a scenario.
  func practice(
    _ scenario: Scenario, entry: ScenarioLibrary.Entry, name: String?, workshop: String?
  ) throws -> Int32 {
    // Asked about before the first question; found before this session's file exists.
    let lastPlan = name.flatMap { $0.isEmpty ? nil : PlannedStep.last(of: $0, in: environment) }
    let writer = try openTranscript(for: scenario, entry: entry) { session, info in
      SessionStarted(
        session: session, scenario: info, mode: .practice, participants: name.map { [$0] } ?? [],
        workshop: workshop, name: name, program: MentorCoach.version)
    }
    defer { writer.close() }
    var engine = Engine(
      scenario: scenario, variety: Variety(session: writer.sessionID, participant: name))
    let opening = engine.start()
    return run(engine: engine, opening: opening, writer: writer, lastPlan: lastPlan)
  }

  /// Checks the names and title given (``SessionText``) and the data folder before the first
  /// question, creates the transcript and writes its `started` event, built from the new
  /// session's id and the scenario's details.
  func openTranscript(
    for scenario: Scenario, entry: ScenarioLibrary.Entry,
    started: (_ session: String, _ scenario: ScenarioInfo) -> SessionStarted
  ) throws -> TranscriptWriter {
    let info = ScenarioInfo(
      id: scenario.id, version: String(scenario.version), hash: entry.hash, title: scenario.title)
    try SessionText.check(started("", info))
    try TranscriptWriter.checkWritable(home: environment.home)
    DataFolderCheck.warnIfOpen(environment.home)
    let writer = try TranscriptWriter(home: environment.home, scenarioID: scenario.id)
    do {
      try writer.append(.started(started(writer.sessionID, info)))
    } catch {
      writer.close()
      throw error
    }
    return writer
  }

  /// Continues an unfinished session by replaying its answers into a fresh engine.
  ///
  /// The transcript is locked before anything is replayed, and the session as read under the
  /// lock is the one replayed: a session open in another window is refused
  /// (``TranscriptError/sessionInUse(path:)``, exit 2) and never gets a second writer.
  func resume(_ log: SessionLog, library: ScenarioLibrary, showsNotes: Bool = true) throws -> Int32
  {
    try Self.requireUnfinished(log)
    let (scenario, entry) = try library.scenario(log.started.scenario.id)
    if entry.hash != log.started.scenario.hash {
      Console.error(
        "mentor-coach: note: scenario '\(scenario.id)' has changed since this session began; your answers are replayed into the current version"
      )
    }
    try TranscriptWriter.checkWritable(home: environment.home)
    DataFolderCheck.warnIfOpen(environment.home)
    let writer = try TranscriptWriter(appendingTo: log.fileURL)
    defer { writer.close() }
    let log = writer.resumedLog ?? log
    try Self.requireUnfinished(log)
    if log.started.mode == .workshop {
      return try resumeWorkshop(
        log, scenario: scenario, writer: writer,
        showsNotes: showsNotes && log.started.hidesNotes != true)
    }
    var engine = Engine(
      scenario: scenario,
      variety: Variety(session: log.started.session, participant: log.started.name))
    _ = engine.start()
    engine.replay(log.replayInputs)
    try writer.append(.resumed(from: log.events.count))
    let welcome = Output(.notice, scenario.prompts.voice.welcomeBack, step: engine.currentStep.id)
    let opening = [welcome] + engine.resume()
    return run(engine: engine, opening: opening, writer: writer)
  }

  private static func requireUnfinished(_ log: SessionLog) throws {
    guard log.isFinished else { return }
    let id = log.started.session
    throw Failure.input(
      "session \(id) is already finished; 'mentor-coach review show \(id)' shows it")
  }

  private func run(
    engine: Engine, opening: [Output], writer: TranscriptWriter, lastPlan: PlannedStep? = nil
  ) -> Int32 {
    StandardOutput.beginSession()
    let printer = CoachPrinter.standard(useColor: environment.useColor)
    let reader = makeSessionReader(printer)
    defer { reader.close() }
    let runner = SessionRunner(engine: engine, reader: reader, transcript: writer, printer: printer)
    runner.echoesInput = !environment.isInteractive
    runner.lastPlan = lastPlan
    let end = runner.run(opening: opening)
    return finish(end, transcript: writer.fileURL)
  }

  /// The session's line reader, the terminal's or the pipe's, with each answer cut after
  /// ``CappedLineReader/defaultLimit`` characters and the person told what was kept.
  func makeSessionReader(_ printer: CoachPrinter) -> any LineReader {
    let reader = makeLineReader(programName: "mentor-coach", historyFile: environment.historyFile)
    return CappedLineReader(reader) { kept, length in
      printer.paragraph(Self.cutNotice(kept: kept, length: length))
    }
  }

  /// What the person is told when an answer is cut: how long it was, the limit, and the last
  /// words kept, so they know where to pick up.
  static func cutNotice(kept: String, length: Int) -> String {
    let words = kept.split(whereSeparator: \.isWhitespace).suffix(6).joined(separator: " ")
    return
      "That answer ran to \(grouped(length)) characters, and one answer holds at most \(grouped(CappedLineReader.defaultLimit)), so I kept it up to “…\(words)” and left the rest out. Anything that matters from the rest is welcome in your next answer."
  }

  private static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }

  /// Reports a failed save or a failed write to the screen, and returns the exit code.
  func finish(_ end: SessionEnd, transcript: URL) -> Int32 {
    fflush(nil)
    if let reason = StandardOutput.sessionFailureReason {
      Console.error(
        "mentor-coach: cannot write output: \(reason); your answers up to this point are saved in \(transcript.path)"
      )
      return 2
    }
    if end == .saveFailed {
      Console.error(
        "mentor-coach: your answers up to this point are saved in \(transcript.path)")
    }
    return end.exitCode
  }
}
