/// A scenario run for a room: one path for the room, one engine for each participant.
///
/// The room moves through the scenario together. At a free-text or scale step each
/// participant answers in turn (or passes), or one group answer stands for everyone; each
/// answer goes through that participant's own engine, so reflections, tags and memory are
/// per person. At a choice step the room chooses together. Once everyone has answered, the
/// room moves on by the step's default path. Like the engine, it is pure and deterministic:
/// replaying a workshop's answers rebuilds it.
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
  public private(set) var people: [String: Engine]
  /// Who has answered (or passed) at the current step.
  public private(set) var done: Set<String> = []
  private var groupEngine: Engine

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
  /// Whether a participant asked to pause after the safety net.
  public var isPaused: Bool { groupEngine.isPaused || people.values.contains { $0.isPaused } }

  /// Whether the current step collects one answer from each participant.
  public var asksEachPerson: Bool { step.ask == .text || step.ask == .scale }

  /// Whose turn it is: the first participant who has not answered, or nil when the room
  /// answers together (a choice) or the session is over.
  public var turn: String? {
    guard asksEachPerson, !isFinished else { return nil }
    if groupEngine.state.core.phase == .safetyCheck { return Self.group }
    if let waiting = participants.first(where: { people[$0]?.state.core.phase == .safetyCheck }) {
      return waiting
    }
    return participants.first { !done.contains($0) }
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

    /// Creates a turn.
    public init(personal: [Output], room: [Output]) {
      self.personal = personal
      self.room = room
    }
  }

  /// One participant's answer at the current step, read by their own engine.
  public mutating func answer(_ text: String, from name: String) -> Turn {
    if name == Self.group { return groupAnswer(text) }
    guard var engine = people[name], asksEachPerson else { return Turn(personal: [], room: []) }
    if engine.state.core.phase != .safetyCheck { engine.jump(to: room.state.core.step) }
    let outputs = engine.handle(.answer(text))
    people[name] = engine
    if answersTheStep(outputs) { done.insert(name) }
    return Turn(personal: personal(outputs), room: moveOnWhenEveryoneHasAnswered())
  }

  /// One answer for the whole room at a free-text or scale step; everyone is done.
  public mutating func groupAnswer(_ text: String) -> Turn {
    guard asksEachPerson else { return Turn(personal: [], room: []) }
    if groupEngine.state.core.phase != .safetyCheck { groupEngine.jump(to: room.state.core.step) }
    let outputs = groupEngine.handle(.answer(text))
    if answersTheStep(outputs) { done.formUnion(participants) }
    return Turn(personal: personal(outputs), room: moveOnWhenEveryoneHasAnswered())
  }

  /// Moves on for a participant who does not answer this step.
  public mutating func pass(_ name: String) -> [Output] {
    guard participants.contains(name), asksEachPerson else { return [] }
    // Passing also closes a pause question left open by the safety net.
    people[name]?.jump(to: room.state.core.step)
    done.insert(name)
    return moveOnWhenEveryoneHasAnswered()
  }

  /// The room's answer at a choice step (or any step that does not ask each person).
  public mutating func roomAnswer(_ text: String) -> [Output] {
    let before = room.state.core.step
    let outputs = room.handle(.answer(text))
    if room.state.core.step != before { done = [] }
    return personalSummaries(outputs)
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
  private func answersTheStep(_ outputs: [Output]) -> Bool {
    outputs.contains { output in
      guard case .answer(let record) = output.kind else { return false }
      return record.accepted && !record.isSafety && record.kind == step.ask
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

  private mutating func moveOnWhenEveryoneHasAnswered() -> [Output] {
    guard asksEachPerson, participants.allSatisfy(done.contains) else { return [] }
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
      return participants.compactMap { name in
        people[name].map { engine in
          Output(.summary, "\(name)\n" + engine.ending(at: room.state.core.step), step: output.step)
        }
      }
    }
  }
}
