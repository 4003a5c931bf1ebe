import Foundation
public import Transcript

/// Makes sessions fit to share outside the room: names become stable pseudonyms and private
/// notes are dropped.
///
/// Names are numbered in order of first appearance, across every log given to the same
/// redactor: `Participant 1`, `Participant 2`… So the same person keeps one pseudonym through a
/// whole report. A name is replaced wherever it occurs: the practising person's name, the
/// workshop participants, each event's `who`, and mentions of any part of a name in what the
/// coach said, what people typed or corrected, a workshop's title and its id (see
/// ``NameReplacer`` for what counts as a mention). `note` and `received` events and rule
/// captures are dropped. A workshop's room (`who` `Group`, or no `who`) keeps its label.
///
/// After each session, every text left in it is checked for the name parts known so far, with
/// case and accents ignored; what is found is gathered in ``remainingNames``, for a warning.
public struct Redactor: Sendable {
  private var pseudonyms: [String: String] = [:]
  private var order: [String] = []
  /// The name parts still found in a redacted session, as first written; empty when the
  /// redaction is complete.
  public private(set) var remainingNames: Set<String> = []

  /// Names replaced in every session besides its own people's: everyone in the other
  /// sessions (``SessionIndex/names()``), who may be mentioned where they took no part.
  private var others: [String]

  /// Creates a redactor.
  ///
  /// - Parameter others: More names to replace wherever they are mentioned; each gets its
  ///   pseudonym after the people of the first session redacted.
  public init(alsoReplacing others: [String] = []) {
    self.others = others
  }

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
    for name in others where !name.trimmingCharacters(in: .whitespaces).isEmpty {
      _ = pseudonym(for: name)
    }
    others = []
    let replacer = NameReplacer(people: order.map { ($0, pseudonyms[Self.key($0)] ?? $0) })
    started.title = started.title.map { replacer.replace(in: $0) }
    started.workshop = started.workshop.map { replacer.replace(in: $0) }
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
      case .edited(let step, let text):
        event.payload = .edited(step: step, text: replacer.replace(in: text))
      default: break
      }
      return event
    }
    for text in Self.texts(of: result) {
      remainingNames.formUnion(replacer.remainingNames(in: text))
    }
    return result
  }

  private static func key(_ name: String) -> String {
    name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }

  /// Every text of a session a reader sees: titles, ids, names, and what was said and typed.
  private static func texts(of log: SessionLog) -> [String] {
    let started = log.started
    var texts = [started.scenario.title, started.scenario.id, started.session]
    texts += [started.title, started.workshop, started.name].compactMap { $0 }
    texts += started.participants
    for event in log.events {
      if let who = event.who { texts.append(who) }
      switch event.payload {
      case .said(let said): texts.append(said.text)
      case .answered(let answer): texts.append(answer.input)
      case .safety(let flag): texts.append(flag.input)
      case .edited(_, let text), .note(let text): texts.append(text)
      case .received(_, let input): texts.append(input)
      default: break
      }
    }
    return texts
  }
}
