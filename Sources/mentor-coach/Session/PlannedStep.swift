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
      guard let started = SessionIndex.started(of: url) else { return true }
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
