import CoachKit
import Foundation
import Transcript

/// The next step a mentor planned at the end of their last finished practice, which the coach
/// asks about at the start of the next one.
struct PlannedStep: Equatable {
  /// The earlier session.
  var session: String
  /// The step that holds the plan.
  var step: String
  /// The plan, in the words the earlier summary quoted (or the mentor corrected it to).
  var plan: String

  /// The plan of `name`'s last finished practice, unless a later session of theirs already
  /// followed it up (answered or declined): the coach never asks twice about the same step.
  ///
  /// Sessions without that name, workshops, and sessions whose scenario is no longer found are
  /// left out. Nothing is asked when the last finished practice had no next step.
  static func last(of name: String, in environment: AppEnvironment) -> PlannedStep? {
    // Only the first line of each file says whose it is: the whole file is read for theirs.
    let files = SessionIndex(home: environment.home).sessionFiles().files.filter { url in
      guard let started = startedEvent(url) else { return true }
      return started.mode == .practice
        && started.name?.caseInsensitiveCompare(name) == .orderedSame
    }
    let own = files.compactMap { try? SessionSummary.read($0) }.filter {
      $0.started.mode == .practice
        && $0.started.name?.caseInsensitiveCompare(name) == .orderedSame
    }
    guard let last = own.last(where: \.isFinished),
      let log = try? TranscriptReader.read(last.fileURL),
      let library = try? environment.library(for: log.started.scenario.id),
      let (scenario, _) = try? library.scenario(log.started.scenario.id),
      let step = scenario.stepID(for: .nextStep)
    else { return nil }
    let later = own.filter { $0.startedAt > last.startedAt }
    if later.contains(where: { followsUp(log.sessionID, in: $0.fileURL) }) { return nil }
    var engine = Engine(scenario: scenario)
    _ = engine.start()
    engine.replay(log.replayInputs)
    let edited = log.events.compactMap { event -> String? in
      if case .edited(step, let text) = event.payload { text } else { nil }
    }
    guard let plan = edited.last ?? engine.summaryAnswer(at: step) else { return nil }
    return PlannedStep(session: log.sessionID, step: step, plan: plan)
  }

  /// The `started` event on the first line of a transcript, read without the rest; nil when
  /// the first 8 KiB hold no whole line (the caller then reads the file in full).
  private static func startedEvent(_ url: URL) -> SessionStarted? {
    guard let (descriptor, _) = try? SafeFile.open(url.path, limit: SafeFile.transcriptLimit)
    else { return nil }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0, let end = buffer.prefix(count).firstIndex(of: 0x0A),
      let event = try? TranscriptEvent.decode(line: Data(buffer[..<end])),
      case .started(let started) = event.payload
    else { return nil }
    return started
  }

  /// Whether the transcript at `url` holds a follow-up of session `id`.
  private static func followsUp(_ id: String, in url: URL) -> Bool {
    // Most later sessions hold no follow-up at all: look for the id's bytes before decoding.
    guard let bytes = try? SafeFile.read(url.path, limit: SafeFile.transcriptLimit),
      Data(bytes).range(of: Data("\"earlier\":\"\(id)\"".utf8)) != nil,
      let log = try? TranscriptReader.read(url)
    else { return false }
    return log.events.contains { event in
      if case .followUp(let followUp) = event.payload { followUp.earlier == id } else { false }
    }
  }
}
