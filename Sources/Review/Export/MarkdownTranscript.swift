import Foundation
import Transcript

/// A session as Markdown: a title, a short table of facts, then the conversation with the
/// speaker in bold and tags in code spans.
struct MarkdownTranscript {
  var timeZone: TimeZone

  func render(_ log: SessionLog) -> String {
    let started = log.started
    let time = LocalTime(timeZone: timeZone)
    var lines = [
      "# " + Escape.markdown(started.scenario.title), "",
      "| | |", "| --- | --- |",
      "| Scenario | \(Escape.markdown(started.scenario.id)), version "
        + "\(Escape.markdown(started.scenario.version)) |",
      "| Started | \(time.minutes(log.startedAt)) |",
      "| Mode | \(Escape.markdown(started.mode.rawValue)) |",
    ]
    if !started.speakers.isEmpty {
      lines.append("| Who | \(Escape.markdown(started.speakers.joined(separator: ", "))) |")
    }
    if let workshop = started.workshop {
      lines.append("| Workshop | \(Escape.markdown(workshop)) |")
    }
    lines.append("| Session | \(Escape.markdown(started.session)) |")
    lines.append(
      "| Status | \(log.answerCount) answers, \(log.isFinished ? "finished" : "unfinished") |")
    lines += ["", "## Conversation", ""]
    for event in log.events {
      if let line = line(for: event, started: started) { lines += [line, ""] }
    }
    if !log.problems.isEmpty {
      lines += ["## Reading problems", ""]
      lines += log.problems.descriptions.map { "- " + Escape.markdown($0) }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  private func line(for event: TranscriptEvent, started: SessionStarted) -> String? {
    switch event.payload {
    // A line as it was received is shown once read, by its `answered` event.
    case .started, .received: return nil
    case .said(let said):
      let label = said.kind == .noteForFacilitator ? "Facilitator note" : "Coach"
      return "**\(label):** " + Escape.markdown(said.text)
    case .answered(let answer):
      let who = Escape.markdown(People.person(of: event, in: started))
      var text = "**\(who):** " + Escape.markdown(answer.input)
      if !answer.tags.isEmpty {
        text += " " + answer.tags.map { "`\(Escape.markdown($0))`" }.joined(separator: " ")
      }
      if !answer.accepted { text += " *(not accepted, asked again)*" }
      return text
    case .safety(let flag):
      return "> **Safety flag** at step `\(Escape.markdown(flag.step))`: "
        + Escape.markdown(flag.input)
    case .note(let text): return "*Note:* " + Escape.markdown(text)
    case .back(let step): return "*(went back to step \(Escape.markdown(step)))*"
    case .skip(let step): return "*(skipped step \(Escape.markdown(step)))*"
    case .paused(let reason):
      return "*(\(Escape.markdown(PauseWords.paused(reason, who: event.who))))*"
    case .resumed: return "*(\(Escape.markdown(PauseWords.resumed(who: event.who))))*"
    case .edited(let step, let text):
      return "*(changed the summary's words for step \(Escape.markdown(step)) to:)* "
        + Escape.markdown(text)
    case .followUp(let followUp): return "*Follow-up:* " + Escape.markdown(followUp.line)
    case .ended(let completed): return completed ? "*Session completed.*" : "*Session ended early.*"
    case .unknown(let type):
      return "*(an event of a newer version, \(Escape.markdown(type)), is not shown)*"
    }
  }
}
