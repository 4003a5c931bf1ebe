public import Foundation
public import Transcript

/// Which sessions `review list` and `review report` take: every criterion given must hold.
///
/// Text criteria ignore case. A participant matches the practising person's name, a workshop
/// participant, or the `who` of any event (checked by ``matches(_:)`` on a full log).
public struct SessionFilter: Equatable, Sendable {
  /// Only sessions of this scenario id.
  public var scenario: String?
  /// Only sessions in which this person took part.
  public var participant: String?
  /// Only sessions of this workshop code.
  public var workshop: String?
  /// Only sessions that started at or after this instant.
  public var since: Date?
  /// Only sessions that did not end completed.
  public var unfinishedOnly: Bool

  /// Creates a filter; with no arguments it takes every session.
  ///
  /// - Parameters:
  ///   - scenario: A scenario id.
  ///   - participant: A person's name.
  ///   - workshop: A workshop code.
  ///   - since: The earliest start.
  ///   - unfinishedOnly: Whether to keep only unfinished sessions.
  public init(
    scenario: String? = nil, participant: String? = nil, workshop: String? = nil,
    since: Date? = nil, unfinishedOnly: Bool = false
  ) {
    self.scenario = scenario
    self.participant = participant
    self.workshop = workshop
    self.since = since
    self.unfinishedOnly = unfinishedOnly
  }

  /// True when a session summary passes every criterion.
  ///
  /// - Parameter summary: The session, from ``SessionSummary/read(_:)``.
  /// - Returns: Whether to keep it.
  public func matches(_ summary: SessionSummary) -> Bool {
    matches(
      summary.started, startedAt: summary.startedAt, isFinished: summary.isFinished,
      speakers: summary.started.speakers)
  }

  /// True when a full session passes every criterion; `who` of every event counts as a
  /// participant.
  ///
  /// - Parameter log: The session.
  /// - Returns: Whether to keep it.
  public func matches(_ log: SessionLog) -> Bool {
    let speakers = log.started.speakers + log.events.compactMap(\.who)
    return matches(
      log.started, startedAt: log.startedAt, isFinished: log.isFinished, speakers: speakers)
  }

  /// False when a session's `started` event alone fails the scenario, workshop or participant
  /// criterion, so the rest of its file need not be read for a summary.
  ///
  /// - Parameter started: The `started` event, from the file's first line.
  /// - Returns: Whether the session may still pass.
  public func mayMatch(_ started: SessionStarted) -> Bool {
    // Only summaries are judged this way: a full log's speakers include every event's `who`.
    matches(started, speakers: started.speakers)
  }

  /// True when `person` is the participant asked for, or no participant was asked for.
  ///
  /// - Parameter person: A name.
  /// - Returns: Whether the person passes the participant criterion.
  public func includes(person: String) -> Bool {
    guard let participant else { return true }
    return Self.same(person, participant)
  }

  /// True when a file, judged by its name alone, may hold a session that starts on or after
  /// ``since``; names that do not start with a date are always kept.
  ///
  /// A day's margin allows for time zones, so this only saves reading files that surely fail.
  ///
  /// - Parameter url: A transcript file named `YYYYMMDD-HHMMSS-…`.
  /// - Returns: False only when the file surely started too early.
  public func mayMatch(fileNamed url: URL) -> Bool {
    guard let since else { return true }
    let name = Array(url.lastPathComponent.utf8.prefix(8))
    guard name.count == 8, name.allSatisfy({ (0x30...0x39).contains($0) }),
      let day = Int(String(decoding: name, as: UTF8.self))
    else { return true }
    let limit = Self.dayNumber(since.addingTimeInterval(-86_400))
    return day >= limit
  }

  /// Parses `YYYY-MM-DD` as midnight in a time zone.
  ///
  /// - Parameters:
  ///   - text: The date as typed.
  ///   - timeZone: The time zone midnight is in.
  /// - Returns: The instant, or nil when the text is not such a date.
  public static func parseDate(_ text: String, timeZone: TimeZone = .current) -> Date? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(year: year, month: month, day: day)
    guard let date = calendar.date(from: components),
      calendar.component(.day, from: date) == day
    else { return nil }
    return date
  }

  private func matches(
    _ started: SessionStarted, startedAt: Date, isFinished: Bool, speakers: [String]
  ) -> Bool {
    if let since, startedAt < since { return false }
    if unfinishedOnly && isFinished { return false }
    return matches(started, speakers: speakers)
  }

  private func matches(_ started: SessionStarted, speakers: [String]) -> Bool {
    if let scenario, !Self.same(started.scenario.id, scenario) { return false }
    if let workshop, !Self.same(started.workshop ?? "", workshop) { return false }
    if let participant, !speakers.contains(where: { Self.same($0, participant) }) { return false }
    return true
  }

  private static func same(_ a: String, _ b: String) -> Bool {
    a.caseInsensitiveCompare(b) == .orderedSame
  }

  /// `YYYYMMDD` as a number, in UTC, as file names write it.
  private static func dayNumber(_ date: Date) -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .gmt
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return (parts.year ?? 0) * 10_000 + (parts.month ?? 0) * 100 + (parts.day ?? 0)
  }
}
