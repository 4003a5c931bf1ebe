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
  ///   - outlines: The scenarios' files in outline, by scenario id, when found.
  public init(
    logs: [SessionLog], title: String = "Group report", tagNames: [String: String] = [:],
    redacts: Bool = false, participant: String? = nil, includesNotes: Bool = false,
    problems: [String] = [], outlines: [String: ScenarioOutline] = [:]
  ) {
    var builder = GroupReportBuilder(
      title: title, tagNames: tagNames, redacts: redacts, participant: participant,
      includesNotes: includesNotes, outlines: outlines)
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
  private var redactor: Redactor
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
  ///   - outlines: The scenarios' files in outline, by scenario id, when found: the steps'
  ///     order, and scales and choice labels for transcripts that do not record them.
  ///   - otherNames: When redacting, names to replace wherever they are mentioned, besides
  ///     each session's own people (``SessionIndex/names()``).
  public init(
    title: String = "Group report", tagNames: [String: String] = [:], redacts: Bool = false,
    participant: String? = nil, includesNotes: Bool = false,
    outlines: [String: ScenarioOutline] = [:], otherNames: [String] = []
  ) {
    redactor = Redactor(alsoReplacing: otherNames)
    self.title = title
    self.includesNotes = includesNotes
    self.redacts = redacts
    self.participant = participant
    builder = Builder(tagNames: tagNames, outlines: outlines)
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

  /// The name parts the redaction left in the sessions added so far; empty when not
  /// redacting or when every name was replaced (``Redactor/remainingNames``).
  public var remainingNames: Set<String> { redactor.remainingNames }

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
      steps: builder.orderedSteps(), notes: includesNotes && !redacts ? builder.notes : [],
      problems: problems,
      isRedacted: redacts)
    report.followThrough = followThrough
    return report
  }
}

extension GroupReport {
  /// The themes section from counts made elsewhere (a database counts them in SQL): `x-` and
  /// `safety` tags left out, the most frequent first, then by label.
  ///
  /// - Parameters:
  ///   - counts: Each tag with the number of accepted answers carrying it and the number of
  ///     different people (by name, case aside; each anonymous session apart; not the room).
  ///   - tagNames: Theme tags in plain words.
  /// - Returns: The themes as the report lists them.
  public static func themes(
    _ counts: [(tag: String, answers: Int, people: Int)], tagNames: [String: String]
  ) -> [Theme] {
    counts.map {
      Theme(tag: $0.tag, label: tagNames[$0.tag] ?? $0.tag, answers: $0.answers, people: $0.people)
    }
    .filter { !$0.tag.hasPrefix("x-") && !$0.tag.hasPrefix("safety") }
    .sorted { ($1.answers, $0.label) < ($0.answers, $1.label) }
  }

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
  var outlines: [String: ScenarioOutline]
  var sessions: [GroupReport.Session] = []
  var safety: [GroupReport.Item] = []
  var ratings: [GroupReport.Rating] = []
  var steps: [GroupReport.Step] = []
  var notes: [GroupReport.Item] = []
  var goals: [GroupReport.Item] = []
  private var stepIndex: [String: Int] = [:]
  private var stepOrders: [String: StepOrder] = [:]
  private var nextStepAnswers: [GroupReport.Item] = []
  private var taggedNextSteps: [GroupReport.Item] = []
  private var tagAnswers: [String: Int] = [:]
  private var tagPeople: [String: Set<String>] = [:]
  private var workshops: Set<String> = []
  private var workshopTitles: Set<String> = []

  init(tagNames: [String: String], outlines: [String: ScenarioOutline]) {
    self.tagNames = tagNames
    self.outlines = outlines
  }

  mutating func add(_ log: SessionLog) {
    let started = log.started
    let id = started.session
    let outline = outlines[started.scenario.id]
    workshops.insert(started.workshop?.lowercased() ?? "")
    if let title = started.title, !title.isEmpty { workshopTitles.insert(title) }
    var people: [String] = []
    var isAnonymous = false
    var scales: [String: [(step: String, value: Int, scale: ScaleRange?)]] = [:]
    var roleRatings = RoleRatings()
    var path: [String] = []
    // The safety event each person's next answers decide on (pause or go on).
    var awaitingDecision: [String: (index: Int, step: String)] = [:]
    func isDecision(_ answer: Answer, by person: String) -> Bool {
      if answer.isSafetyDecision { return true }
      // Older files do not mark it: a choice answer at the step of the person's last safety
      // event (the step itself asked for free text).
      guard let awaited = awaitingDecision[person] else { return false }
      return answer.kind == .choice && answer.step == awaited.step
    }
    let usesRoles = log.events.contains {
      if case .answered(let answer) = $0.payload { answer.report != nil } else { false }
    }
    var answers = 0
    for event in log.events {
      let person = People.person(of: event, in: started)
      switch event.payload {
      case .said(let said) where said.kind == .question:
        path.append(said.step)
        let index = stepSlot(started.scenario, said.step)
        if steps[index].question == nil && awaitingDecision[person]?.step != said.step {
          steps[index].question = said.text
        }
      case .answered(let answer) where isDecision(answer, by: person):
        // The answer to "would you like to pause?" (older files: the answers after a safety
        // event until one is understood) decides on the safety event, not on the step.
        if answer.accepted { answers += 1 }
        guard let index = awaitingDecision[person]?.index else { continue }
        switch answer.value {
        case 1?: safety[index].decision = .paused
        case 2?: safety[index].decision = .wentOn
        default: continue
        }
        awaitingDecision[person] = nil
      case .answered(let answer) where answer.accepted:
        awaitingDecision[person] = nil
        answers += 1
        path.append(answer.step)
        let counted = !People.isRoom(event, in: started)
        if counted && !people.contains(person) { people.append(person) }
        if counted && person == People.anonymous && (started.name ?? "").isEmpty {
          isAnonymous = true
        }
        let index = stepSlot(started.scenario, answer.step)
        let text =
          answer.kind == .choice
          ? answer.label ?? outline?.label(at: answer.step, value: answer.value) ?? answer.input
          : answer.input
        steps[index].entries.append(
          GroupReport.Entry(person: person, session: id, text: text, tags: answer.tags))
        let key = Self.personKey(person, session: id, isAnonymous: isAnonymous)
        for tag in Set(answer.tags) {
          tagAnswers[tag, default: 0] += 1
          if counted { tagPeople[tag, default: []].insert(key) }
        }
        if answer.kind == .scale, let value = answer.value {
          let scale = answer.scale ?? outline?.scales[answer.step]
          scales[person, default: []].append((answer.step, value, scale))
          roleRatings.add(answer, value: value, scale: scale, person: person)
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
      case .paused(let reason) where reason == .safety && awaitingDecision[person] != nil:
        // A workshop sets the participant aside without asking; the room goes on.
        if let index = awaitingDecision[person]?.index {
          safety[index].decision = event.who == nil ? .paused : .setAside
        }
        awaitingDecision[person] = nil
      case .safety(let flag):
        awaitingDecision[person] = (safety.count, flag.step)
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
    stepOrders[started.scenario.id, default: StepOrder()].add(path: path)
    for person in people where usesRoles {
      ratings += roleRatings.ratings(of: person, session: id)
    }
    for person in people where !usesRoles {
      guard let first = scales[person]?.first, let last = scales[person]?.last,
        first.step != last.step
      else { continue }
      ratings.append(
        GroupReport.Rating(
          person: person, session: id, before: first.value, after: last.value,
          scale: last.scale ?? first.scale))
    }
    if people.isEmpty { people = started.speakers }
    sessions.append(
      GroupReport.Session(
        id: id, scenario: started.scenario.id, people: people, startedAt: log.startedAt,
        answers: answers, isFinished: log.isFinished, isAnonymous: isAnonymous))
  }

  /// Who a person is for counting: their name, case aside, or for a session without a name,
  /// that session (two anonymous sessions are two people, not one).
  private static func personKey(_ person: String, session: String, isAnonymous: Bool) -> String {
    isAnonymous && person == People.anonymous ? "\u{0}" + session : person.lowercased()
  }

  /// The steps, each scenario's in the order of its file when its outline is known (steps
  /// the file no longer has go last), else in the order the sessions walked them.
  func orderedSteps() -> [GroupReport.Step] {
    var scenarios: [String] = []
    for step in steps where !scenarios.contains(step.scenario) { scenarios.append(step.scenario) }
    return scenarios.flatMap { scenario in
      let mine = steps.filter { $0.scenario == scenario }
      var order = stepOrders[scenario]?.steps ?? []
      if let outline = outlines[scenario] {
        order = outline.steps + order.filter { !outline.steps.contains($0) }
      }
      let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
      return mine.enumerated().sorted {
        (rank[$0.element.id] ?? Int.max, $0.offset) < (rank[$1.element.id] ?? Int.max, $1.offset)
      }.map(\.element)
    }
  }

  func themes() -> [GroupReport.Theme] {
    GroupReport.themes(
      tagAnswers.map { tag, count in (tag, count, tagPeople[tag]?.count ?? 0) }, tagNames: tagNames
    )
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
  private var scales: [String: ScaleRange] = [:]

  mutating func add(_ answer: Answer, value: Int, scale: ScaleRange?, person: String) {
    guard answer.report == "rating-before" || answer.report == "rating-after" else { return }
    let pair = answer.pair ?? ""
    if !pairs.contains(pair) { pairs.append(pair) }
    let key = person + "\u{0}" + pair
    if let scale { scales[key] = scale }
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
        pair: pair.isEmpty ? nil : pair, scale: scales[person + "\u{0}" + pair])
    }
  }
}
