import Foundation
import Transcript

/// A session as one self-contained HTML page: facts in a table, then the conversation.
struct HTMLTranscript {
  var timeZone: TimeZone
  var redacted: Bool

  func render(_ log: SessionLog) -> String {
    let started = log.started
    let time = LocalTime(timeZone: timeZone)
    var facts: [(String, String)] = [
      ("Scenario", "\(started.scenario.id), version \(started.scenario.version)"),
      ("Started", time.minutes(log.startedAt)), ("Mode", started.mode.rawValue),
    ]
    if !started.speakers.isEmpty { facts.append(("Who", started.speakers.joined(separator: ", "))) }
    if let workshop = started.workshop { facts.append(("Workshop", workshop)) }
    facts.append(("Session", started.session))
    facts.append(
      ("Status", "\(log.answerCount) answers, \(log.isFinished ? "finished" : "unfinished")"))
    var body = ["<header>", "<h1>\(Escape.html(started.scenario.title))</h1>"]
    if redacted {
      body.append("<p class=\"lead\">Names are replaced by pseudonyms; notes are left out.</p>")
    }
    body.append("<table><caption>About this session</caption><tbody>")
    for (name, value) in facts {
      body.append("<tr><th scope=\"row\">\(name)</th><td>\(Escape.html(value))</td></tr>")
    }
    body += ["</tbody></table>", "</header>", "<main>", "<h2>Conversation</h2>"]
    body.append("<div class=\"conversation\">")
    for event in log.events {
      if let line = line(for: event, started: started) { body.append("<p>\(line)</p>") }
    }
    body.append("</div>")
    if !log.problems.isEmpty {
      body.append("<h2>Reading problems</h2><ul>")
      body += log.problems.descriptions.map { "<li>\(Escape.html($0))</li>" }
      body.append("</ul>")
    }
    body.append("</main>")
    return HTMLPage.document(
      title: "\(started.scenario.title) · \(started.session)", body: body.joined(separator: "\n"))
  }

  private func line(for event: TranscriptEvent, started: SessionStarted) -> String? {
    func speaker(_ name: String) -> String {
      "<span class=\"speaker\">\(Escape.html(name)):</span> "
    }
    switch event.payload {
    // A line as it was received is shown once read, by its `answered` event.
    case .started, .received: return nil
    case .said(let said):
      let label = said.kind == .noteForFacilitator ? "Facilitator note" : "Coach"
      // The coach's line breaks (a summary's lines, the help's list) are kept.
      let text = said.text.trimmingCharacters(in: .newlines)
      return speaker(label) + Escape.html(text).replacingOccurrences(of: "\n", with: "<br/>\n")
    case .answered(let answer):
      var text = speaker(People.person(of: event, in: started)) + Escape.html(answer.input)
      text += answer.tags.map { " <span class=\"tag\">\(Escape.html($0))</span>" }.joined()
      if !answer.accepted { text += " <em>(not accepted, asked again)</em>" }
      return text
    case .safety(let flag):
      return
        "<strong>Safety flag</strong> at step \(Escape.html(flag.step)): \(Escape.html(flag.input))"
    case .note(let text): return "<em>Note:</em> " + Escape.html(text)
    case .back(let step): return "<em>(went back to step \(Escape.html(step)))</em>"
    case .skip(let step): return "<em>(skipped step \(Escape.html(step)))</em>"
    case .paused(let reason):
      return "<em>(\(Escape.html(PauseWords.paused(reason, who: event.who))))</em>"
    case .resumed: return "<em>(\(Escape.html(PauseWords.resumed(who: event.who))))</em>"
    case .edited(let step, let text):
      return "<em>(changed the summary's words for step \(Escape.html(step)) to:)</em> "
        + Escape.html(text)
    case .followUp(let followUp): return "<em>Follow-up:</em> " + Escape.html(followUp.line)
    case .ended(let completed):
      return completed ? "<em>Session completed.</em>" : "<em>Session ended early.</em>"
    case .unknown(let type):
      return "<em>(an event of a newer version, \(Escape.html(type)), is not shown)</em>"
    }
  }
}
