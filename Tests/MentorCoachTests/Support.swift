import CoachKit
import Foundation
import TestSupport
import Testing
import Transcript

@testable import mentor_coach

/// The `first-meeting` fixture scenario, compiled with the fixture prompts.
func firstMeeting() throws -> Scenario {
  let url = FixturePrompts.fixturesFolder.appendingPathComponent("first-meeting.yaml")
  return try compiled(try String(contentsOf: url, encoding: .utf8), path: "first-meeting.yaml")
}

/// Inline YAML compiled with the fixture prompts; fails the test on any error.
func compiled(
  _ yaml: String, path: String = "test.yaml",
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Scenario {
  let (scenario, diagnostics) = ScenarioCompiler.compile(
    yaml, path: path, prompts: try FixturePrompts.load())
  let errors = diagnostics.filter { $0.severity == .error }
  #expect(errors.isEmpty, "\(errors.map(\.description))", sourceLocation: sourceLocation)
  return try #require(scenario, sourceLocation: sourceLocation)
}

/// What a ``CoachPrinter`` wrote, each piece with how many events the sink held at the time,
/// so a test can check that an event was recorded before the words that follow it appeared.
final class Screen {
  private(set) var pieces: [(text: String, eventsSoFar: Int)] = []
  let sink: InMemoryTranscriptSink

  init(sink: InMemoryTranscriptSink = InMemoryTranscriptSink()) { self.sink = sink }

  /// Everything written, in order.
  var text: String { pieces.map(\.text).joined() }

  /// A plain printer (no colour) that writes here.
  func printer(width: Int = 160, showsNotes: Bool = false) -> CoachPrinter {
    CoachPrinter(useColor: false, width: width, showsNotes: showsNotes) { [self] text in
      pieces.append((text, sink.events.count))
    }
  }

  /// The events that were already recorded when `needle` was first written, or nil when it was
  /// never written.
  func eventsRecorded(before needle: String) -> [TranscriptEvent]? {
    guard let piece = pieces.first(where: { $0.text.contains(needle) }) else { return nil }
    return Array(sink.events.prefix(piece.eventsSoFar))
  }
}

/// A sink that stores events until one of the given type arrives, then fails from then on.
final class FailingSink: TranscriptSink {
  let inner = InMemoryTranscriptSink()
  let failsAt: String
  let error = TranscriptError.cannotWrite(
    path: "/data/sessions/s.jsonl", reason: "No space left on device")
  private(set) var hasFailed = false

  init(failingAt type: String) { failsAt = type }

  @discardableResult
  func append(_ payload: TranscriptEvent.Payload, who: String?) throws -> TranscriptEvent {
    if hasFailed || payload.type == failsAt {
      hasFailed = true
      throw error
    }
    return try inner.append(payload, who: who)
  }
}

extension TranscriptEvent {
  /// The answer, for `answered` events.
  var answer: Answer? {
    if case .answered(let answer) = payload { answer } else { nil }
  }

  /// The pause reason, for `paused` events.
  var pauseReason: PauseReason? {
    if case .paused(let reason) = payload { reason } else { nil }
  }
}

extension Array where Element == TranscriptEvent {
  /// The `type` of each event.
  var types: [String] { map(\.payload.type) }
  /// Each `answered` event's `who` and input.
  var answers: [Attributed] {
    compactMap { event in event.answer.map { Attributed(who: event.who, text: $0.input) } }
  }
}

/// Who said something, and what.
struct Attributed: Equatable, CustomStringConvertible {
  var who: String?
  var text: String

  init(_ who: String?, _ text: String) {
    self.who = who
    self.text = text
  }

  init(who: String?, text: String) { self.init(who, text) }

  var description: String { "\(who ?? "-"): \(text)" }
}

/// The message a failing sink produces with the fixture voice.
let saveFailedMessage = """
  Your last answer could not be saved (cannot write to /data/sessions/s.jsonl: No space left \
  on device). Everything before it is safe.
  """
