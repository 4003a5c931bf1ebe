import CoachKit
import Foundation
import LineEditor
import Transcript

/// The workshop loop: the facilitator types each participant's answer in turn, or the room's.
///
/// Every answer is logged with who gave it before the coach's reply appears, as in solo
/// practice, so `resume` can rebuild the room from the transcript.
final class WorkshopRunner {
  var session: WorkshopSession
  let reader: any LineReader
  let transcript: any TranscriptSink
  let printer: CoachPrinter
  let countdown: LiveCountdown
  /// Set by `:group`: the next line is the group's answer.
  private var groupIsNext = false
  /// The last safety guidance for the facilitator, for `:guidance`.
  private var lastGuidance: String?

  init(
    session: WorkshopSession, reader: any LineReader, transcript: any TranscriptSink,
    printer: CoachPrinter,
    countdown: LiveCountdown
  ) {
    self.session = session
    self.reader = reader
    self.transcript = transcript
    self.printer = printer
    self.countdown = countdown
    let names = SessionCommand.practiceNames + SessionCommand.workshopNames
    reader.completer = { line in line.hasPrefix(":") ? names : [] }
    reader.terminalReader?.promptRefresher = { [unowned self] in
      if countdown.bellIfDue() { StandardOutput.write("\u{7}") }
      return prompt()
    }
  }

  /// Who answers next, as the prompt names them.
  private var speaker: String {
    Sanitizer.forTerminal(groupIsNext ? WorkshopSession.group : session.turn ?? voice.roomLabel)
  }

  /// `Ana> `, with the countdown in front while one runs: `[4:32] Ana> `.
  private func prompt() -> String {
    let timer = countdown.label().map { printer.styled("[\($0)]", "1;33") + " " } ?? ""
    return timer + printer.styled("\(speaker)> ", "1;32")
  }

  var voice: Voice { session.scenario.prompts.voice }
  /// Whether each line read is echoed (piped input), so the output reads as a transcript.
  var echoesInput = false

  func run(opening: [Output]) -> SessionEnd {
    guard emit(opening, who: nil) else { return .saveFailed }
    while true {
      if session.isFinished {
        return record(.ended(completed: true), who: nil) ? .finished : .saveFailed
      }
      if printer.hasFailed() { return quit(.eof) }
      countdown.follow(step: session.step.id)
      if countdown.ringIfDue() {
        printer.paragraph(voice.timeUp + (countdown.bellIfDue() ? "\u{7}" : ""), style: "1;33")
      }
      let speaker = self.speaker
      switch reader.readLine(prompt: prompt()) {
      case .line(let line):
        if let end = handle(line, speaker: speaker) { return end }
      case .interrupted(let hadText):
        if !hadText { return quit(.interrupt) }
      case .endOfInput: return quit(.eof)
      case .terminated:
        _ = record(.paused(reason: .signal), who: nil)
        return .signalled(SignalMonitor.lastTerminationSignal ?? SIGTERM)
      }
    }
  }

  /// What the room's screen may show of a line: a note's words are private, so only `:note`.
  static func shareable(_ line: String) -> String {
    guard case .note(let text) = SessionCommand(line: line), !text.isEmpty else { return line }
    return String(line.trimmingSpaces.prefix { !$0.isWhitespace })
  }

  /// Shows the line as typed on the room's screen, or `shown` in its place: on a terminal the
  /// typed line is redrawn, and piped input is echoed.
  private func echo(_ line: String, as shown: String, speaker: String) {
    if shown != line { reader.terminalReader?.hideLastLine(line, showing: shown) }
    if echoesInput { printer.line("\(speaker)> " + Sanitizer.forTerminal(shown)) }
  }

  private func handle(_ line: String, speaker: String) -> SessionEnd? {
    if let command = SessionCommand(line: line) {
      echo(line, as: Self.shareable(line), speaker: speaker)
      // Up on the shared screen never brings a note's words back.
      reader.addHistory(
        Self.shareable(line.trimmingSpaces),
        persistedAs: command.historyEntry(
          validIn: SessionCommand.practiceNames + SessionCommand.workshopNames))
      return run(command)
    }
    guard line.contains(where: { !$0.isWhitespace }) else {
      echo(line, as: line, speaker: speaker)
      return nil
    }
    if Self.waitsForTheRoom(session, groupIsNext) {
      echo(line, as: line, speaker: speaker)
      return say(voice.workshop.everyoneOnBreak)
    }
    return handleAnswer(line, speaker: speaker)
  }

  /// Whether an answer typed now has no one to go to: everyone is on a break at a step that
  /// asks each person, and `:group` was not typed.
  static func waitsForTheRoom(_ session: WorkshopSession, _ groupIsNext: Bool) -> Bool {
    !groupIsNext && session.asksEachPerson && session.everyoneIsOnBreak && !session.isFinished
  }

  /// Records a participant's, the group's or the room's answer, then shows it and what follows;
  /// an answer the safety net caught is not shown (nor kept in the session's Up history).
  private func handleAnswer(_ line: String, speaker: String) -> SessionEnd? {
    let who = groupIsNext ? WorkshopSession.group : session.turn
    // Saved before the engine reads it, as in solo practice (see SessionRunner).
    guard record(.received(step: session.step.id, input: line), who: who) else {
      return .saveFailed
    }
    let turn: WorkshopSession.Turn
    if groupIsNext {
      groupIsNext = false
      turn = session.groupAnswer(line)
    } else if let speaker = session.turn {
      turn = session.answer(line, from: speaker)
    } else {
      turn = WorkshopSession.Turn(personal: session.roomAnswer(line), room: [])
    }
    echo(line, as: turn.isSetAside ? voice.workshop.hiddenAnswer : line, speaker: speaker)
    if !turn.isSetAside { reader.addHistory(line, persistedAs: nil) }
    guard emit(turn.personal, who: who) && emit(turn.room, who: nil) else { return .saveFailed }
    guard let signal = SignalMonitor.takePendingTerminationSignal() else { return nil }
    _ = record(.paused(reason: .signal), who: nil)
    return .signalled(signal)
  }

  private func run(_ command: SessionCommand) -> SessionEnd? {
    switch command {
    case .group:
      guard session.asksEachPerson else { return say(voice.groupNotHere) }
      groupIsNext = true
    case .pass:
      guard let turn = session.turn else { return say(voice.groupNotHere) }
      guard record(.skip(step: session.step.id), who: turn) else { return .saveFailed }
      printer.paragraph(Voice.fill(voice.passed, ["name": turn]))
      return emit(session.pass(turn), who: nil) ? nil : .saveFailed
    case .timer(let minutes):
      let seconds = TimeInterval((minutes ?? 0) * 60)
      let length = seconds > 0 ? seconds : TimeInterval(session.step.discussSeconds ?? 300)
      countdown.start(length, step: session.step.id)
      printer.paragraph(Voice.fill(voice.timerStarted, ["time": DiscussionTimer.format(length)]))
    case .extend(let minutes):
      countdown.extend(TimeInterval(minutes * 60))
      printer.paragraph(
        Voice.fill(voice.timerStarted, ["time": DiscussionTimer.format(countdown.remaining() ?? 0)])
      )
    case .rejoin(let name):
      return rejoin(name)
    case .guidance:
      // Typed by the facilitator once the screen is not shared: shown whatever --no-notes says.
      guard let lastGuidance else { return say(voice.workshop.noGuidance) }
      printer.paragraph("[Facilitator] " + lastGuidance, style: "2")
    case .pause:
      countdown.togglePause()
      printer.paragraph(
        Voice.fill(voice.timerLeft, ["time": DiscussionTimer.format(countdown.remaining() ?? 0)]))
    case .back:
      let outputs = session.back()
      guard record(.back(step: session.step.id), who: nil), emit(outputs, who: nil) else {
        return .saveFailed
      }
    case .skip:
      guard record(.skip(step: session.step.id), who: nil), emit(session.skip(), who: nil) else {
        return .saveFailed
      }
    case .repeatQuestion: show(session.currentPrompt())
    case .note(let text):
      guard !text.isEmpty else { return say(voice.help) }
      guard record(.note(text: text), who: nil) else { return .saveFailed }
      printer.paragraph(voice.noteSaved)
    case .whereAmI:
      let progress = session.room.progress
      printer.paragraph(
        Voice.fill(
          voice.whereText,
          [
            "step": "\(progress.step)", "total": "\(progress.total)",
            "title": session.scenario.title,
          ]))
    case .help: printer.paragraph(voice.help + "\n" + voice.workshopHelp)
    case .quit: return quit(.quit)
    case .why, .unknown:
      let name = line(of: command)
      printer.paragraph(Voice.fill(voice.unknownCommand, ["command": name]))
    }
    return nil
  }

  /// `:rejoin NAME`: brings back a participant the safety net set aside (any letter case).
  private func rejoin(_ typed: String) -> SessionEnd? {
    guard
      let name = session.onBreak.first(where: {
        $0.caseInsensitiveCompare(typed.trimmingSpaces) == .orderedSame
      })
    else {
      let names = session.onBreak.isEmpty ? "-" : session.onBreak.joined(separator: ", ")
      return say(Voice.fill(voice.workshop.notOnBreak, ["name": typed, "names": names]))
    }
    guard record(.resumed(from: 0), who: name), emit(session.rejoin(name), who: nil) else {
      return .saveFailed
    }
    return nil
  }

  private func say(_ text: String) -> SessionEnd? {
    printer.paragraph(text)
    return nil
  }

  private func line(of command: SessionCommand) -> String {
    if case .unknown(let name) = command { return name }
    return ":why"
  }

  private func quit(_ reason: PauseReason) -> SessionEnd {
    guard record(.paused(reason: reason), who: nil) else { return .saveFailed }
    printer.paragraph(voice.quit)
    return .paused(reason)
  }

  /// Logs every output (a participant's under their name) with one sync, then shows them.
  func emit(_ outputs: [Output], who: String?) -> Bool {
    let payloads = outputs.flatMap(TranscriptMapping.payloads(for:))
    guard transcript.record(payloads, who: who, reportingTo: printer, voice: voice) else {
      return false
    }
    show(outputs, who: who)
    return true
  }

  private func show(_ outputs: [Output], who: String? = nil) {
    var summaries = 0
    for output in outputs {
      switch output.kind {
      case .summary:
        // One heading, then each participant's own summary.
        if summaries == 0 {
          printer.show(output, voice: voice)
        } else {
          printer.paragraph(output.text)
        }
        summaries += 1
      case .question:
        let progress = session.room.progress
        printer.line(printer.styled("── \(progress.step) of about \(progress.total) ──", "2"))
        printer.show(output, voice: voice)
      case .reply where who != nil, .retry where who != nil, .safety where who != nil,
        .notice where who != nil:
        printer.paragraph("\(who ?? ""): " + output.text, style: output.kind == .safety ? "1" : nil)
      case .facilitatorNote where who != nil:
        // Safety guidance about one person (or the group's answer).
        lastGuidance = output.text
        printer.show(output, voice: voice)
        if !printer.showsNotes && printer.notesChannel == nil {
          printer.paragraph(voice.workshop.guidanceHint)
        }
      case .discussion(let seconds):
        countdown.start(TimeInterval(seconds), step: output.step)
        printer.paragraph(
          Voice.fill(voice.timerStarted, ["time": DiscussionTimer.format(TimeInterval(seconds))]))
      default: printer.show(output, voice: voice)
      }
    }
  }

  func record(_ payload: TranscriptEvent.Payload, who: String?) -> Bool {
    transcript.record(payload, who: who, reportingTo: printer, voice: voice)
  }
}
