public import Foundation
public import Transcript

/// What a programme lead reads about a group of sessions, gathered once and rendered by
/// ``ReportRenderer`` as HTML or Markdown.
///
/// The conventions (see "Reports" in docs/transcript-format.md): a person is the event's
/// `who`, else the practising person's name, else `Anonymous`; a person's before and after
/// self-ratings are their last accepted answers at the steps marked `report: rating-before` and
/// `rating-after` (one pair per `pair` name); goals and next steps are the accepted answers at
/// steps marked `report: goal` and `report: next-step`. A session whose answers carry no
/// `report` (written before roles existed) follows the old conventions: ratings are the first
/// and last accepted `scale` answers at two different steps, next steps the answers at step
/// `next-step` (else answers tagged `x-next-step`), and no goals. Safety events are the
/// `safety` events, each with the mentor's answer to the question whether to pause, which is
/// not listed as an answer to the step. In a workshop, answers the room gave together (`who`
/// `Group`, or no `who`) are shown but not counted as a person's. People are counted by name
/// (case aside); a session without a name is counted apart, as an anonymous session.
public struct GroupReport: Equatable, Sendable {
  /// One session in the table of sessions.
  public struct Session: Equatable, Sendable {
    /// The session id.
    public var id: String
    /// The scenario id.
    public var scenario: String
    /// Who took part.
    public var people: [String]
    /// When it started.
    public var startedAt: Date
    /// The number of accepted answers.
    public var answers: Int
    /// Whether it ended completed.
    public var isFinished: Bool
    /// Whether its person gave no name (shown as `Anonymous`, counted apart).
    public var isAnonymous = false
  }

  /// One person's answer at a step.
  public struct Entry: Equatable, Sendable {
    /// Who answered.
    public var person: String
    /// The session it came from.
    public var session: String
    /// The answer: as typed, or a choice's label.
    public var text: String
    /// Its tags.
    public var tags: [String]
  }

  /// Every answer given at one step of one scenario.
  public struct Step: Equatable, Sendable {
    /// The scenario id.
    public var scenario: String
    /// The scenario title.
    public var scenarioTitle: String
    /// The step id.
    public var id: String
    /// The question asked at the step, when one was recorded.
    public var question: String?
    /// The answers, by person.
    public var entries: [Entry]
  }

  /// How often a theme tag came up.
  public struct Theme: Equatable, Sendable {
    /// The tag.
    public var tag: String
    /// The tag in plain words, from the caller's map, else the tag itself.
    public var label: String
    /// The number of answers carrying it.
    public var answers: Int
    /// The number of different people whose answers carried it.
    public var people: Int
  }

  /// One person's self-rating before and after, in one session.
  public struct Rating: Equatable, Sendable {
    /// Who rated.
    public var person: String
    /// The session.
    public var session: String
    /// The first rating.
    public var before: Int
    /// The last rating, at a later step.
    public var after: Int
    /// The name of the rating pair, when the scenario named it.
    public var pair: String?
    /// The scale rated on, when the transcript or the scenario file says it.
    public var scale: ScaleRange?
    /// The change, `after - before`.
    public var change: Int { after - before }
  }

  /// A safety event, or a next step, or a note: a person's words in a session.
  public struct Item: Equatable, Sendable {
    /// Who.
    public var person: String
    /// The session.
    public var session: String
    /// The step, when there is one.
    public var step: String?
    /// The words.
    public var text: String
    /// Tags, when there are any.
    public var tags: [String]
    /// For a safety event: someone else at risk, not the mentor's own crisis.
    public var isOtherAtRisk = false
    /// For a safety event: what the mentor then chose, when they answered.
    public var decision: SafetyDecision?
  }

  /// The mentor's answer to the safety net's question whether to pause the session.
  public enum SafetyDecision: Equatable, Sendable {
    /// They paused the session.
    case paused
    /// They chose to go on.
    case wentOn
    /// In a workshop, they were set aside from the room while the others went on.
    case setAside

    /// The decision in plain words.
    public var words: String {
      switch self {
      case .paused: "paused the session"
      case .wentOn: "chose to go on"
      case .setAside: "set aside from the room"
      }
    }
  }

  /// A title for the report.
  public var title: String
  /// The workshop's title (`started.title`), when every session belongs to one workshop and
  /// those that recorded a title share it.
  public var workshopTitle: String?
  /// The sessions, in file order.
  public var sessions: [Session]
  /// The safety events.
  public var safety: [Item]

  /// The safety events in two groups, as the report lists them: the mentor's own crisis, and
  /// someone else at risk.
  public var safetyByKind: (own: [Item], others: [Item]) {
    (safety.filter { !$0.isOtherAtRisk }, safety.filter(\.isOtherAtRisk))
  }
  /// The theme counts, most frequent first.
  public var themes: [Theme]
  /// The before and after self-ratings.
  public var ratings: [Rating]
  /// The next steps people wrote.
  public var nextSteps: [Item]
  /// The goals people set, at steps marked `report: goal`.
  public var goals: [Item] = []
  /// How the next steps planned in earlier sessions went (`follow-up` events).
  public var followThrough = FollowThrough()
  /// Every step's answers, by scenario then in order of first appearance.
  public var steps: [Step]
  /// The private notes; always empty when redacted.
  public var notes: [Item]
  /// Files skipped or partly unreadable, one sentence each.
  public var problems: [String]
  /// Whether names were replaced by pseudonyms and notes dropped.
  public var isRedacted: Bool

  /// The heading: the workshop's title, when known, then ``title``.
  public var heading: String {
    guard let workshopTitle else { return title }
    return workshopTitle + " · " + title
  }

  /// The number of sessions that ended completed.
  public var finishedCount: Int { sessions.count { $0.isFinished } }
  /// The different people who gave a name, across the sessions (case aside).
  public var peopleCount: Int {
    Set(
      sessions.flatMap { session in
        session.people.filter { !(session.isAnonymous && $0 == People.anonymous) }
      }.map { $0.lowercased() }
    ).count
  }
  /// The sessions whose person gave no name: each counted apart, never as one person.
  public var anonymousCount: Int { sessions.count(where: \.isAnonymous) }
}
