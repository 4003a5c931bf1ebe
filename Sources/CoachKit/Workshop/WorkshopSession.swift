/// A scenario run for a room: one path for the room, one engine for each participant.
///
/// The room moves through the scenario together. At a free-text or scale step each
/// participant answers in turn (or passes), or one group answer stands for everyone; each
/// answer goes through that participant's own engine, so reflections, tags and memory are
/// per person. At a choice step the room chooses together. Once everyone has answered, the
/// room moves on by the step's default path. The room's choices and group answers reach every
/// participant's engine, so each summary quotes them.
///
/// When the safety net catches a participant's answer, only that participant is set aside:
/// the room is told they are taking a break, the facilitator alone gets guidance (a
/// facilitator note), and the rest of the room carries on; see `WorkshopSession+Safety.swift`.
/// Like the engine, it is pure and deterministic: replaying a workshop's answers rebuilds it.
public struct WorkshopSession: Sendable {
  /// Who the group answer is recorded as.
  public static let group = "Group"

  /// The scenario.
  public let scenario: Scenario
  /// The participants, in turn order.
  public let participants: [String]
  /// The room's engine: it decides where the room is.
  public private(set) var room: Engine
  /// Each participant's engine.
  public internal(set) var people: [String: Engine]
  /// Who has answered (or passed) at the current step.
  public internal(set) var done: Set<String> = []
  /// The participants the safety net set aside, in turn order: their turns are skipped until
  /// the facilitator brings them back with ``rejoin(_:)``.
  public internal(set) var onBreak: [String] = []
  var groupEngine: Engine

  /// Creates a workshop for these participants (at least one, names unique); with a
  /// `session` id, each participant's replies vary, seeded from the session and their name.
  public init(scenario: Scenario, participants: [String], session: String? = nil) {
    precondition(!participants.isEmpty, "a workshop needs at least one participant")
    self.scenario = scenario
    self.participants = participants
    func engine(_ name: String?) -> Engine {
      Engine(
        scenario: scenario,
        variety: session.map { Variety(session: $0, participant: name) } ?? .none)
    }
    room = engine(nil)
    groupEngine = engine(Self.group)
    people = Dictionary(uniqueKeysWithValues: participants.map { ($0, engine($0)) })
  }

  /// The step the room is at.
  public var step: Step { room.currentStep }
  /// Whether the room reached the ending.
  public var isFinished: Bool { room.isFinished }
  /// Whether every participant is taking a break: only the group can answer.
  public var everyoneIsOnBreak: Bool { onBreak.count == participants.count }

  /// Whether the current step collects one answer from each participant.
  public var asksEachPerson: Bool { step.ask == .text || step.ask == .scale }

  /// Whose turn it is: the first participant who has not answered, or nil when the room
  /// answers together (a choice) or the session is over.
  public var turn: String? {
    guard asksEachPerson, !isFinished else { return nil }
    return participants.first { !done.contains($0) && !onBreak.contains($0) }
  }

  /// Starts the room and every participant's engine; returns the room's opening.
  public mutating func start() -> [Output] {
    for name in participants { _ = people[name]?.start() }
    _ = groupEngine.start()
    return room.start()
  }

  /// What one answer produced: the coach's words to whoever answered, then the room's next
  /// step once everyone has answered.
  public struct Turn: Sendable {
    /// The record of the answer and the reply to its author.
    public var personal: [Output]
    /// The room's next step, when the room moved on.
    public var room: [Output]
    /// Whether the safety net caught the answer: its words must not be shown to the room.
    public var isSetAside: Bool

    /// Creates a turn.
    public init(personal: [Output], room: [Output], isSetAside: Bool = false) {
      self.personal = personal
      self.room = room
      self.isSetAside = isSetAside
    }
  }

  /// One participant's answer at the current step, read by their own engine.
  public mutating func answer(_ text: String, from name: String) -> Turn {
    if name == Self.group { return groupAnswer(text) }
    guard var engine = people[name], asksEachPerson, !onBreak.contains(name) else {
      return Turn(personal: [], room: [])
    }
    engine.jump(to: room.state.core.step)
    let outputs = engine.handle(.answer(text))
    if Self.isCaught(outputs) {
      // The pause question is not asked in a room: the facilitator takes it from here.
      engine.jump(to: room.state.core.step)
      people[name] = engine
      return setAside(name, outputs)
    }
    people[name] = engine
    if answersTheStep(outputs) { done.insert(name) }
    return Turn(
      personal: acknowledged(personal(outputs), who: name), room: moveOnWhenEveryoneHasAnswered())
  }

  /// One answer for the whole room at a free-text or scale step; everyone is done, and the
  /// answer stands in each participant's engine too (so their summaries quote it).
  public mutating func groupAnswer(_ text: String) -> Turn {
    guard asksEachPerson else { return Turn(personal: [], room: []) }
    let index = room.state.core.step
    groupEngine.jump(to: index)
    let outputs = groupEngine.handle(.answer(text))
    if Self.isCaught(outputs) {
      groupEngine.jump(to: index)
      return setAsideGroupAnswer(outputs)
    }
    if answersTheStep(outputs) {
      done.formUnion(participants)
      share(text, at: index)
    }
    return Turn(
      personal: acknowledged(personal(outputs), who: Self.group),
      room: moveOnWhenEveryoneHasAnswered())
  }

  /// Moves on for a participant who does not answer this step.
  public mutating func pass(_ name: String) -> [Output] {
    guard participants.contains(name), asksEachPerson, !onBreak.contains(name) else { return [] }
    people[name]?.jump(to: room.state.core.step)
    done.insert(name)
    return moveOnWhenEveryoneHasAnswered()
  }

  /// The room's answer at a choice step (or any step that does not ask each person); a valid
  /// choice is also each participant's, so their summaries quote it.
  public mutating func roomAnswer(_ text: String) -> [Output] {
    let before = room.state.core.step
    let outputs = room.handle(.answer(text))
    if answersTheStep(outputs, at: scenario.steps[before]) { share(text, at: before) }
    if room.state.core.step != before { done = [] }
    return personalSummaries(outputs)
  }

  /// Gives the room's answer at step `index` to every participant's engine, outputs unused.
  private mutating func share(_ text: String, at index: Int) {
    for name in participants {
      guard var engine = people[name] else { continue }
      engine.jump(to: index)
      _ = engine.handle(.answer(text))
      people[name] = engine
    }
  }

  /// The room goes back one step; answers given there can be given again.
  public mutating func back() -> [Output] {
    done = []
    return room.handle(.back)
  }

  /// The room skips the current step.
  public mutating func skip() -> [Output] {
    done = []
    return room.handle(.skip)
  }

  /// The current step's words and question again.
  public func currentPrompt() -> [Output] { room.currentPrompt() }

  /// Whether the outputs record a valid answer to the room's question (not a bad number, not
  /// the safety net, not the answer to its pause question).
  private func answersTheStep(_ outputs: [Output], at step: Step? = nil) -> Bool {
    let asked = (step ?? self.step).ask
    return outputs.contains { output in
      guard case .answer(let record) = output.kind else { return false }
      return record.accepted && !record.isSafety && record.kind == asked
    }
  }

  /// A participant's outputs without the next step's introduction.
  ///
  /// Their engine ran ahead of the room: keep the record of the answer and the coach's reply
  /// to it. Follow-up questions are left out, since the room moves on before anyone could
  /// answer them.
  private func personal(_ outputs: [Output]) -> [Output] {
    let step = room.currentStep.id
    return outputs.filter { output in
      switch output.kind {
      case .answer, .acknowledgement, .reply, .retry, .safety, .notice: return output.step == step
      case .question: return output.step == step && output.text != room.currentStep.question?.source
      default: return false
      }
    }
  }

  mutating func moveOnWhenEveryoneHasAnswered() -> [Output] {
    guard asksEachPerson, participants.allSatisfy({ done.contains($0) || onBreak.contains($0) })
    else { return [] }
    done = []
    // Move first, then read the ending from the moved room (an argument is evaluated after
    // `self` is copied for the call).
    let outputs = room.moveOn()
    return personalSummaries(outputs)
  }

  /// Whether a step's words quote a person's answers (so each person needs their own).
  private func quotesAnswers(_ step: Step) -> Bool {
    step.say.contains { template in
      template.segments.contains { segment in
        switch segment {
        case .answer, .rating, .choice, .tags, .variable: true
        default: false
        }
      }
    }
  }

  /// The ending quotes answers, and in a room they are each person's: the room's summary is
  /// replaced by one per participant, headed with their name.
  private func personalSummaries(_ outputs: [Output]) -> [Output] {
    outputs.flatMap { output -> [Output] in
      guard output.kind == .summary, quotesAnswers(room.currentStep) else { return [output] }
      // Whoever is on a break is not summed up in front of the room.
      return participants.filter { !onBreak.contains($0) }.compactMap { name in
        people[name].map { engine in
          Output(.summary, "\(name)\n" + engine.ending(at: room.state.core.step), step: output.step)
        }
      }
    }
  }
}
