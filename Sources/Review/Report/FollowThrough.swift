public import Transcript

/// How the next steps mentors planned went, as they said at the start of their next
/// practice (`follow-up` events): counts per person and for the whole group.
public struct FollowThrough: Equatable, Sendable {
  /// One person's counts, or the group's.
  public struct Row: Equatable, Sendable {
    /// The person, or nil for the group's totals.
    public var person: String?
    /// Plans done.
    public var done = 0
    /// Plans partly done.
    public var partly = 0
    /// Plans not done yet.
    public var notYet = 0
    /// Follow-ups the mentor chose to skip.
    public var declined = 0
    /// Follow-ups answered in words only, with no outcome.
    public var wordsOnly = 0

    /// Every follow-up counted.
    public var total: Int { done + partly + notYet + declined + wordsOnly }
    /// The follow-ups that said how it went (not declined, not words only).
    public var answered: Int { done + partly + notYet }

    mutating func count(_ outcome: FollowUpOutcome?) {
      switch outcome {
      case .done?: done += 1
      case .partly?: partly += 1
      case .notYet?: notYet += 1
      case .declined?: declined += 1
      default: wordsOnly += 1
      }
    }
  }

  /// Each person's counts, by name.
  public var people: [Row] = []
  /// The whole group's counts.
  public var group = Row(person: nil)

  /// Creates an empty count.
  public init() {}

  /// Counts the follow-ups in one session, each under the person it belongs to.
  ///
  /// - Parameter log: The session.
  public mutating func add(_ log: SessionLog) {
    for event in log.events {
      guard case .followUp(let followUp) = event.payload else { continue }
      let person = People.person(of: event, in: log.started)
      if let index = people.firstIndex(where: { $0.person == person }) {
        people[index].count(followUp.outcome)
      } else {
        var row = Row(person: person)
        row.count(followUp.outcome)
        people.append(row)
        people.sort { ($0.person ?? "") < ($1.person ?? "") }
      }
      group.count(followUp.outcome)
    }
  }

  /// The group's follow-through in one sentence.
  var sentence: String {
    let noun = group.total == 1 ? "next step was" : "next steps were"
    let percent = group.answered == 0 ? 0 : (group.done + group.partly) * 100 / group.answered
    let doneOrPartly = group.done + group.partly
    return "\(group.total) planned \(noun) followed up at the next practice; "
      + "of the \(group.answered) with an answer, \(doneOrPartly) "
      + "\(doneOrPartly == 1 ? "was" : "were") done or partly done (\(percent)%)."
  }

  /// The header of the table, and each row's cells, for both formats; the group's row last.
  var table: (header: [String], rows: [[String]]) {
    let header = ["Person", "Done", "Partly", "Not yet", "Declined", "In words only"]
    let rows = (people + [group]).map { row in
      [row.person ?? "Everyone"]
        + [row.done, row.partly, row.notYet, row.declined, row.wordsOnly].map(String.init)
    }
    return (header, rows)
  }
}
