public import Foundation
public import Transcript

/// Renders `review show`: one session as a readable text transcript.
///
/// A header (title, scenario, start time, mode, who), then the conversation as `Coach:` and
/// `You:` lines (the participant's name instead of `You` in workshop mode), tags in brackets
/// after an answer, notes, safety flags, skips, backs, pauses, and a closing line. Every
/// value from the transcript goes through ``Sanitizer/forTerminal(_:keeping:)``; newlines in
/// answers are kept and indented under their label.
public struct TranscriptRenderer: Sendable {
  /// The time zone times are shown in.
  public var timeZone: TimeZone

  /// Creates a renderer.
  ///
  /// - Parameter timeZone: The time zone times are shown in; the machine's by default.
  public init(timeZone: TimeZone = .current) {
    self.timeZone = timeZone
  }

  /// Renders a session.
  ///
  /// - Parameter log: The session, usually from ``TranscriptReader/read(_:)``.
  /// - Returns: The text, ending in a newline.
  public func render(_ log: SessionLog) -> String {
    var lines = header(log)
    lines.append("")
    for event in log.events {
      lines.append(contentsOf: Self.lines(for: event))
    }
    lines.append("")
    lines.append(contentsOf: footer(log))
    return lines.joined(separator: "\n") + "\n"
  }

  private func header(_ log: SessionLog) -> [String] {
    let started = log.started
    let speakers = started.speakers.isEmpty ? [] : [started.speakers.joined(separator: ", ")]
    let when = [LocalTime(timeZone: timeZone).minutes(log.startedAt), started.mode.rawValue]
    var lines = [
      clean(started.scenario.title),
      "Scenario: \(clean(started.scenario.id)), version \(clean(started.scenario.version))",
      "Started:  " + (when + speakers.map(clean)).joined(separator: " · "),
    ]
    if let workshop = started.workshop { lines.append("Workshop: \(clean(workshop))") }
    lines.append("Session:  \(clean(started.session))")
    return lines
  }

  private func footer(_ log: SessionLog) -> [String] {
    let status = log.isFinished ? "finished" : "unfinished"
    let noun = log.answerCount == 1 ? "answer" : "answers"
    var lines = ["\(log.answerCount) \(noun), \(status)"]
    lines.append(contentsOf: log.problems.descriptions.map { "Reading problem: \($0)" })
    return lines
  }

  private static func lines(for event: TranscriptEvent) -> [String] {
    switch event.payload {
    // A line as it was received is shown once read, by its `answered` event.
    case .started, .received: []
    case .said(let said): labelled(saidLabel(said.kind), said.text)
    case .answered(let answer): answered(answer, who: event.who)
    case .safety(let flag):
      labelled(
        "!! SAFETY FLAG:", "\(flag.input)\(tagList(flag.tags)) (step '\(flag.step)')")
    case .note(let text): labelled("[note]", text)
    case .back(let step): ["(went back to step '\(clean(step))')"]
    case .skip(let step): ["(skipped step '\(clean(step))')"]
    case .paused(let reason): ["(\(clean(PauseWords.paused(reason, who: event.who))))"]
    case .resumed(let from):
      ["(\(clean(PauseWords.resumed(who: event.who, detail: " after replaying \(from) events"))))"]
    case .edited(let step, let text):
      labelled("(changed the summary for step '\(clean(step))' to:)", text)
    case .followUp(let followUp): labelled("(follow-up)", followUp.line)
    case .ended(let completed): [completed ? "— Session completed —" : "— Session ended early —"]
    case .unknown(let type): ["(an event of a newer version, '\(clean(type))', is not shown)"]
    }
  }

  private static func answered(_ answer: Answer, who: String?) -> [String] {
    var text = answer.input + tagList(answer.tags)
    if !answer.accepted { text += " (not accepted, asked again)" }
    return labelled("\(who ?? "You"):", text)
  }

  private static func saidLabel(_ kind: SaidKind) -> String {
    switch kind {
    case .noteForFacilitator: "Facilitator note:"
    case .safety: "Coach (safety):"
    case .help: "Coach (help):"
    default: "Coach:"
    }
  }

  private static func tagList(_ tags: [String]) -> String {
    tags.isEmpty ? "" : "  [\(tags.joined(separator: ", "))]"
  }

  /// `label text`, with the text's later lines indented under its first.
  private static func labelled(_ label: String, _ text: String) -> [String] {
    let label = clean(label)
    let indent = String(repeating: " ", count: label.count + 1)
    let body = Sanitizer.forTerminal(text, keeping: [.newlines])
      .split(separator: "\n", omittingEmptySubsequences: false)
    return body.enumerated().map { index, line in
      index == 0 ? "\(label) \(line)" : indent + line
    }
  }

  private func clean(_ text: String) -> String { Self.clean(text) }

  private static func clean(_ text: String) -> String { Sanitizer.forTerminal(text) }
}
