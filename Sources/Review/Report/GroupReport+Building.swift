import Foundation
public import Transcript

extension GroupReport {
  /// Gathers a report from sessions.
  ///
  /// - Parameters:
  ///   - logs: The sessions, in the order to show them.
  ///   - title: A title for the report.
  ///   - tagNames: Theme tags in plain words (from `Prompts/tags.yaml`); tags without
  ///     an entry are shown as they are.
  ///   - redacts: Whether to replace names by `Participant N` and drop notes.
  ///   - participant: When given, only this person's answers are counted.
  ///   - includesNotes: Whether to list private notes (never when redacting).
  ///   - problems: Reading problems found while loading the sessions, one sentence each.
  public init(
    logs: [SessionLog], title: String = "Group report", tagNames: [String: String] = [:],
    redacts: Bool = false, participant: String? = nil, includesNotes: Bool = false,
    problems: [String] = []
  ) {
    var builder = GroupReportBuilder(
      title: title, tagNames: tagNames, redacts: redacts, participant: participant,
      includesNotes: includesNotes)
    for log in logs { builder.add(log) }
    self = builder.build(problems: problems)
  }
}

/// Gathers a ``GroupReport`` one session at a time, so that thousands of sessions never need
/// to be in memory at once.
public struct GroupReportBuilder: Sendable {
  private var title: String
  private var redacts: Bool
  private var participant: String?
  private var includesNotes: Bool
  private var redactor = Redactor()
  private var builder: Builder
  private var followThrough = FollowThrough()

  /// Creates an empty builder.
  ///
  /// - Parameters:
  ///   - title: A title for the report.
  ///   - tagNames: Theme tags in plain words.
  ///   - redacts: Whether to replace names by `Participant N` and drop notes.
  ///   - participant: When given, only this person's answers are counted.
  ///   - includesNotes: Whether to list private notes: they are for their writer alone, so a
  ///     report leaves them out unless asked (and always when redacting).
  public init(
    title: String = "Group report", tagNames: [String: String] = [:], redacts: Bool = false,
    participant: String? = nil, includesNotes: Bool = false
  ) {
    self.title = title
    self.includesNotes = includesNotes
    self.redacts = redacts
    self.participant = participant
    builder = Builder(tagNames: tagNames)
  }

  /// Adds one session, after those added before.
  ///
  /// - Parameter log: The session.
  public mutating func add(_ log: SessionLog) {
    var log = log
    if let participant { log = GroupReport.keeping(participant, in: log) }
    if redacts { log = redactor.redact(log) }
    builder.add(log)
    followThrough.add(log)
  }

  /// The report of the sessions added so far.
  ///
  /// - Parameter problems: Reading problems, one sentence each.
  /// - Returns: The report.
  public func build(problems: [String] = []) -> GroupReport {
    var report = GroupReport(
      title: title, workshopTitle: builder.workshopTitle(), sessions: builder.sessions,
      safety: builder.safety,
      themes: builder.themes(), ratings: builder.ratings, nextSteps: builder.nextSteps(),
      goals: builder.goals,
      steps: builder.steps, notes: includesNotes && !redacts ? builder.notes : [],
      problems: problems,
      isRedacted: redacts)
    report.followThrough = followThrough
    return report
  }
}

extension GroupReport {
  /// The log without the answers, safety events and notes of anyone but `participant`.
  fileprivate static func keeping(_ participant: String, in log: SessionLog) -> SessionLog {
    var result = log
    result.events = log.events.filter { event in
      switch event.payload {
      case .answered, .safety, .note:
        People.person(of: event, in: log.started).caseInsensitiveCompare(participant)
          == .orderedSame
      default: true
      }
    }
    return result
  }
}

/// Walks sessions once and collects every section of the report.
private struct Builder: Sendable {
  var tagNames: [String: String]
  var sessions: [GroupReport.Session] = []
  var safety: [GroupReport.Item] = []
  var ratings: [GroupReport.Rating] = []
  var steps: [GroupReport.Step] = []
  var notes: [GroupReport.Item] = []
  var goals: [GroupReport.Item] = []
  private var stepIndex: [String: Int] = [:]
  private var nextStepAnswers: [GroupReport.Item] = []
  private var taggedNextSteps: [GroupReport.Item] = []
  private var tagAnswers: [String: Int] = [:]
  private var tagPeople: [String: Set<String>] = [:]
  private var workshops: Set<String> = []
  private var workshopTitles: Set<String> = []

  init(tagNames: [String: String]) {
    self.tagNames = tagNames
  }

  mutating func add(_ log: SessionLog) {
    let started = log.started
    let id = started.session
    workshops.insert(started.workshop?.lowercased() ?? "")
    if let title = started.title, !title.isEmpty { workshopTitles.insert(title) }
    var people: [String] = []
    var scales: [String: [(step: String, value: Int)]] = [:]
    var roleRatings = RoleRatings()
    let usesRoles = log.events.contains {
      if case .answered(let answer) = $0.payload { answer.report != nil } else { false }
    }
    var answers = 0
    for event in log.events {
      let person = People.person(of: event, in: started)
      switch event.payload {
      case .said(let said) where said.kind == .question:
        let index = stepSlot(started.scenario, said.step)
        if steps[index].question == nil { steps[index].question = said.text }
      case .answered(let answer) where answer.accepted:
        answers += 1
        let counted = !People.isRoom(event, in: started)
        if counted && !people.contains(person) { people.append(person) }
        let index = stepSlot(started.scenario, answer.step)
        steps[index].entries.append(
          GroupReport.Entry(person: person, session: id, text: answer.input, tags: answer.tags))
        for tag in Set(answer.tags) {
          tagAnswers[tag, default: 0] += 1
          if counted { tagPeople[tag, default: []].insert(person) }
        }
        if answer.kind == .scale, let value = answer.value {
          scales[person, default: []].append((answer.step, value))
          roleRatings.add(answer, value: value, person: person)
        }
        let item = GroupReport.Item(
          person: person, session: id, step: answer.step, text: answer.input, tags: answer.tags)
        if usesRoles {
          if answer.report == "next-step" { nextStepAnswers.append(item) }
          if answer.report == "goal" { goals.append(item) }
        } else {
          if answer.step == "next-step" { nextStepAnswers.append(item) }
          if answer.tags.contains("x-next-step") { taggedNextSteps.append(item) }
        }
      case .safety(let flag):
        safety.append(
          GroupReport.Item(
            person: person, session: id, step: flag.step, text: flag.input, tags: flag.tags,
            isOtherAtRisk: flag.kind == .otherAtRisk))
      case .edited(let step, let text):
        // The words corrected at the end replace those first written.
        func isEdited(_ item: GroupReport.Item) -> Bool {
          item.session == id && item.person == person && item.step == step
        }
        if let index = nextStepAnswers.lastIndex(where: isEdited) {
          nextStepAnswers[index].text = text
        }
        if let index = goals.lastIndex(where: isEdited) { goals[index].text = text }
      case .note(let text):
        notes.append(GroupReport.Item(person: person, session: id, step: nil, text: text, tags: []))
      default: break
      }
    }
    for person in people where usesRoles {
      ratings += roleRatings.ratings(of: person, session: id)
    }
    for person in people where !usesRoles {
      guard let first = scales[person]?.first, let last = scales[person]?.last,
        first.step != last.step
      else { continue }
      ratings.append(
        GroupReport.Rating(person: person, session: id, before: first.value, after: last.value))
    }
    if people.isEmpty { people = started.speakers }
    sessions.append(
      GroupReport.Session(
        id: id, scenario: started.scenario.id, people: people, startedAt: log.startedAt,
        answers: answers, isFinished: log.isFinished))
  }

  func themes() -> [GroupReport.Theme] {
    tagAnswers.map { tag, count in
      GroupReport.Theme(
        tag: tag, label: tagNames[tag] ?? tag, answers: count, people: tagPeople[tag]?.count ?? 0)
    }
    .filter { !$0.tag.hasPrefix("x-") && !$0.tag.hasPrefix("safety") }
    .sorted { ($1.answers, $0.label) < ($0.answers, $1.label) }
  }

  /// The title of the workshop every session belongs to, when the sessions that recorded a
  /// title all recorded the same one; sessions without a title (a practice joining the
  /// workshop with `--workshop`) do not count against it.
  func workshopTitle() -> String? {
    guard workshops.count == 1, workshops.first != "", workshopTitles.count == 1 else {
      return nil
    }
    return workshopTitles.first
  }

  func nextSteps() -> [GroupReport.Item] {
    nextStepAnswers.isEmpty ? taggedNextSteps : nextStepAnswers
  }

  private mutating func stepSlot(_ scenario: ScenarioInfo, _ step: String) -> Int {
    let key = scenario.id + "\u{0}" + step
    if let index = stepIndex[key] { return index }
    steps.append(
      GroupReport.Step(
        scenario: scenario.id, scenarioTitle: scenario.title, id: step, question: nil, entries: []))
    stepIndex[key] = steps.count - 1
    return steps.count - 1
  }
}

/// One session's self-ratings by report role: each person's last accepted answer at each end
/// of each pair, pairs in order of first appearance.
private struct RoleRatings {
  private var pairs: [String] = []
  private var ends: [String: (before: Int?, after: Int?)] = [:]

  mutating func add(_ answer: Answer, value: Int, person: String) {
    guard answer.report == "rating-before" || answer.report == "rating-after" else { return }
    let pair = answer.pair ?? ""
    if !pairs.contains(pair) { pairs.append(pair) }
    let key = person + "\u{0}" + pair
    if answer.report == "rating-before" {
      ends[key, default: (nil, nil)].before = value
    } else {
      ends[key, default: (nil, nil)].after = value
    }
  }

  func ratings(of person: String, session: String) -> [GroupReport.Rating] {
    pairs.compactMap { pair in
      guard let end = ends[person + "\u{0}" + pair], let before = end.before,
        let after = end.after
      else { return nil }
      return GroupReport.Rating(
        person: person, session: session, before: before, after: after,
        pair: pair.isEmpty ? nil : pair)
    }
  }
}
