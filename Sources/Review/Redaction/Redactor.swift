import Foundation
public import Transcript

/// Makes sessions fit to share outside the room: names become stable pseudonyms and private
/// notes are dropped.
///
/// Names are numbered in order of first appearance, across every log given to the same
/// redactor: `Participant 1`, `Participant 2`… So the same person keeps one pseudonym through a
/// whole report. A name is replaced wherever it occurs: the practising person's name, the
/// workshop participants, each event's `who`, and whole-word mentions in what the coach said
/// and what people typed (ignoring case), and in a workshop's title. `note` events and rule
/// captures are dropped. A workshop's room (`who` `Group`, or no `who`) keeps its label.
public struct Redactor: Sendable {
  private var pseudonyms: [String: String] = [:]
  private var order: [String] = []

  /// Creates a redactor with no names known yet.
  public init() {}

  /// The pseudonym of a name, assigning the next number to a new one.
  ///
  /// - Parameter name: A person's name as written in a transcript.
  /// - Returns: `Participant N`.
  public mutating func pseudonym(for name: String) -> String {
    let key = Self.key(name)
    if let known = pseudonyms[key] { return known }
    let pseudonym = "Participant \(order.count + 1)"
    pseudonyms[key] = pseudonym
    order.append(name)
    return pseudonym
  }

  /// Redacts one session.
  ///
  /// - Parameter log: The session as read.
  /// - Returns: The session with names replaced and notes and captures dropped.
  public mutating func redact(_ log: SessionLog) -> SessionLog {
    var started = log.started
    started.name = started.name.flatMap { $0.isEmpty ? nil : pseudonym(for: $0) }
    started.participants = started.participants.map { pseudonym(for: $0) }
    for event in log.events where !People.isRoom(event, in: log.started) {
      if let who = event.who { _ = pseudonym(for: who) }
    }
    let replacer = NameReplacer(names: pseudonyms)
    started.title = started.title.map { replacer.replace(in: $0) }
    var result = log
    result.started = started
    result.events = log.events.compactMap { event in
      var event = event
      if !People.isRoom(event, in: log.started) {
        event.who = event.who.map { pseudonyms[Self.key($0)] ?? $0 }
      }
      switch event.payload {
      case .started: event.payload = .started(started)
      // Notes stay private; a line as received is repeated, redacted, by its `answered` event.
      case .note, .received: return nil
      case .said(var said):
        said.text = replacer.replace(in: said.text)
        event.payload = .said(said)
      case .answered(var answer):
        answer.input = replacer.replace(in: answer.input)
        answer.captures = [:]
        event.payload = .answered(answer)
      case .safety(var flag):
        flag.input = replacer.replace(in: flag.input)
        event.payload = .safety(flag)
      case .followUp(var followUp):
        followUp.plan = replacer.replace(in: followUp.plan)
        followUp.text = followUp.text.map { replacer.replace(in: $0) }
        event.payload = .followUp(followUp)
      default: break
      }
      return event
    }
    return result
  }

  private static func key(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespaces).lowercased()
  }
}

/// Replaces whole-word mentions of names, longest first, ignoring case.
private struct NameReplacer {
  private var patterns: [(NSRegularExpression, String)] = []

  init(names: [String: String]) {
    for (name, pseudonym) in names.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) })
    where name.count >= 2 {
      let escaped = NSRegularExpression.escapedPattern(for: name)
      if let pattern = try? NSRegularExpression(
        pattern: "(?<![\\p{L}\\p{N}])" + escaped + "(?![\\p{L}\\p{N}])",
        options: [.caseInsensitive])
      {
        patterns.append((pattern, NSRegularExpression.escapedTemplate(for: pseudonym)))
      }
    }
  }

  func replace(in text: String) -> String {
    var result = text
    for (pattern, template) in patterns {
      let range = NSRange(result.startIndex..., in: result)
      result = pattern.stringByReplacingMatches(
        in: result, options: [], range: range, withTemplate: template)
    }
    return result
  }
}
