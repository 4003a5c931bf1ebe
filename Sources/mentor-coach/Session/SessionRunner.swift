import CoachKit
import Foundation
import LineEditor
import Transcript

/// How a session loop ended, and the exit code that goes with it.
enum SessionEnd: Equatable {
  case finished
  case paused(PauseReason)
  case signalled(Int32)
  case saveFailed
  /// The theme or safety rules, compiled while the first question waited, have errors.
  case promptsBroken

  var exitCode: Int32 {
    switch self {
    case .finished, .paused: 0
    case .signalled(let signal): 128 + signal
    case .saveFailed, .promptsBroken: 2
    }
  }
}

/// The solo practice loop.
///
/// It reads a line, logs it, hands it to the engine, logs what the coach says, then shows it:
/// every event reaches the disk before the coach's next words appear.
final class SessionRunner {
  var engine: Engine
  let reader: any LineReader
  let transcript: any TranscriptSink
  let printer: CoachPrinter
  /// Whose answers these are, recorded on each answer in workshop files.
  var who: String?
  /// Whether to print each line read, so that piped output reads as a transcript.
  var echoesInput = false
  /// The next step planned last time, asked about before the first question.
  var lastPlan: PlannedStep?
  /// The last free-text answer and the engine before it, for `:why`.
  private var lastAnswer: (engine: Engine, text: String)?
  /// Whether the prompts' theme and safety rules are known to be compiled without errors.
  private var rulesReady = false

  init(
    engine: Engine, reader: any LineReader, transcript: any TranscriptSink, printer: CoachPrinter
  ) {
    self.engine = engine
    self.reader = reader
    self.transcript = transcript
    self.printer = printer
    reader.completer = { line in line.hasPrefix(":") ? SessionCommand.practiceNames : [] }
  }

  var voice: Voice { engine.scenario.prompts.voice }

  /// Shows `opening` (already logged or to be logged), then runs until the session ends.
  func run(opening: [Output]) -> SessionEnd {
    switch lastPlan.map(askAboutLastTime) {
    case .ended(let end)?: return end
    case .caught?: break
    case .goOn?, nil: guard emit(opening) else { return .saveFailed }
    }
    while true {
      if engine.isFinished { return .finished }
      if engine.isPaused { return pause(.safety) }
      if printer.hasFailed() { return pause(.eof) }
      switch reader.readLine(prompt: printer.styled("> ", "1;32")) {
      case .line(let line):
        if echoesInput { printer.line("> " + Sanitizer.forTerminal(line)) }
        if let end = handle(line) { return end }
      case .interrupted(let hadText):
        if !hadText { return quit(.interrupt) }
      case .endOfInput:
        return quit(.eof)
      case .terminated:
        return pauseForSignal(SignalMonitor.lastTerminationSignal ?? SIGTERM)
      }
    }
  }

  /// Handles one line; returns how the session ended, or nil to keep going.
  private func handle(_ line: String) -> SessionEnd? {
    if !rulesReady {
      // Waits for the theme and safety rules if they are still compiling: no line is handled
      // without the safety net.
      let diagnostics = engine.scenario.prompts.prepare()
      guard !diagnostics.hasErrors else {
        DiagnosticPrinter.standard.print(diagnostics)
        return .promptsBroken
      }
      rulesReady = true
    }
    if let command = SessionCommand(line: line) {
      reader.addHistory(
        line.trimmingSpaces,
        persistedAs: command.historyEntry(validIn: SessionCommand.practiceNames))
      return run(command)
    }
    guard line.contains(where: { !$0.isWhitespace }) else { return nil }
    reader.addHistory(line, persistedAs: nil)
    if engine.currentStep.ask == .text { lastAnswer = (engine, line) }
    // The line is on disk before the engine reads it, so nothing typed is lost if the program
    // is stopped while it works; a SIGTERM or SIGHUP that came meanwhile ends the session once
    // the coach's answer is saved, without waiting for the next line.
    guard record(.received(step: engine.currentStep.id, input: line)) else { return .saveFailed }
    guard emit(engine.handle(.answer(line))) else { return .saveFailed }
    return signalled()
  }

  /// Pauses and ends the session if SIGTERM or SIGHUP arrived; nil otherwise.
  func signalled() -> SessionEnd? {
    SignalMonitor.takePendingTerminationSignal().map(pauseForSignal)
  }

  private func pauseForSignal(_ signal: Int32) -> SessionEnd {
    _ = record(.paused(reason: .signal))
    return .signalled(signal)
  }

  private func run(_ command: SessionCommand) -> SessionEnd? {
    switch command {
    case .help: printer.paragraph(voice.help)
    case .back:
      let outputs = engine.handle(.back)
      guard record(.back(step: engine.currentStep.id)), emit(outputs) else { return .saveFailed }
    case .skip:
      let step = engine.currentStep.id
      guard record(.skip(step: step)), emit(engine.handle(.skip)) else { return .saveFailed }
    case .repeatQuestion: printer.show(engine.currentPrompt(), voice: voice)
    case .note(let text):
      guard !text.isEmpty else {
        printer.paragraph(voice.help)
        return nil
      }
      guard record(.note(text: text)) else { return .saveFailed }
      printer.paragraph(voice.noteSaved)
    case .whereAmI:
      let progress = engine.progress
      printer.paragraph(
        Voice.fill(
          voice.whereText,
          [
            "step": "\(progress.step)", "total": "\(progress.total)",
            "title": engine.scenario.title,
          ]))
    case .why:
      if let last = lastAnswer {
        printer.paragraph(
          Explanation(engine: last.engine, text: last.text).plainWords(voice: voice))
      } else {
        printer.paragraph(voice.whyNothing)
      }
    case .quit: return quit(.quit)
    case .unknown(let name):
      printer.paragraph(Voice.fill(voice.unknownCommand, ["command": name]))
    case .group, .pass, .timer, .extend, .pause, .rejoin, .guidance:
      printer.paragraph(
        Voice.fill(voice.unknownCommand, ["command": ":" + "\(command)".prefix { $0.isLetter }]))
    }
    return nil
  }

  func quit(_ reason: PauseReason) -> SessionEnd {
    guard record(.paused(reason: reason)) else { return .saveFailed }
    printer.paragraph(voice.quit)
    return .paused(reason)
  }

  private func pause(_ reason: PauseReason) -> SessionEnd {
    record(.paused(reason: reason)) ? .paused(reason) : .saveFailed
  }

  /// Logs every output (the answer among them) with one write and one sync, then shows them
  /// all; false when the log could not be written.
  func emit(_ outputs: [Output]) -> Bool {
    let payloads = outputs.flatMap(TranscriptMapping.payloads(for:))
    guard transcript.record(payloads, who: who, reportingTo: printer, voice: voice) else {
      return false
    }
    printer.show(outputs, voice: voice)
    if engine.isFinished { return offerCorrections() && record(.ended(completed: true)) }
    return true
  }

  /// Appends one event; on failure, tells the mentor plainly what was saved.
  func record(_ payload: TranscriptEvent.Payload) -> Bool {
    transcript.record(payload, who: who, reportingTo: printer, voice: voice)
  }
}
