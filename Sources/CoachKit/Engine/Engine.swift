/// The dialogue engine: a deterministic state machine over a compiled scenario.
///
/// It never prints, reads a clock, touches a file or draws a random number: inputs go in,
/// outputs come out, and the same inputs (and the same ``Variety``) always give the same
/// outputs. Replaying a transcript's inputs therefore rebuilds a session exactly.
///
/// ```swift
/// var engine = Engine(scenario: scenario)
/// let opening = engine.start()
/// let reply = engine.handle(.answer("I'm on call every third night"))
/// ```
public struct Engine: Sendable {
  /// The scenario being run.
  public let scenario: Scenario
  /// Everything the engine remembers.
  public internal(set) var state = EngineState()

  /// Where each list of replies starts: seeded from the session and the participant.
  public let variety: Variety

  /// Creates an engine at the start of a scenario; `variety` (none by default) chooses where
  /// each list of replies starts.
  public init(scenario: Scenario, variety: Variety = .none) {
    self.scenario = scenario
    self.variety = variety
  }

  var voice: Voice { scenario.prompts.voice }
  var core: EngineState.Core {
    get { state.core }
    set { state.core = newValue }
  }
  /// The current step.
  public var currentStep: Step { scenario.steps[core.step] }
  /// Whether the ending has been reached.
  public var isFinished: Bool { core.phase == .finished }
  /// Whether the mentor chose to pause after the safety net.
  public var isPaused: Bool { core.phase == .paused }

  /// Starts the session: the first step's words and question.
  public mutating func start() -> [Output] {
    guard core.phase == .ready else { return currentPrompt() }
    core.variables = scenario.variables
    return enter(scenario.startIndex)
  }

  /// Handles one input and returns what follows; an answer's record carries what a reader
  /// of the transcript needs without the scenario file: an accepted answer its step's report
  /// role and chosen label, a scale answer its scale, and an answer to the safety net's pause
  /// question the mark ``AnswerRecord/safetyPause``.
  public mutating func handle(_ input: Input) -> [Output] {
    let isSafetyDecision = core.phase == .safetyCheck
    return outputs(for: input).map { output in
      guard case .answer(var record) = output.kind else { return output }
      if isSafetyDecision {
        record.decision = AnswerRecord.safetyPause
      } else if let index = scenario.stepIndex(record.step) {
        let step = scenario.steps[index]
        if record.accepted { record.report = step.report }
        if record.kind == .scale { record.scale = step.scale }
        if record.kind == .choice, record.accepted, let value = record.value,
          step.choices.indices.contains(value - 1)
        {
          record.label = step.choices[value - 1].label
        }
      }
      var marked = output
      marked.kind = .answer(record)
      return marked
    }
  }

  private mutating func outputs(for input: Input) -> [Output] {
    switch (core.phase, input) {
    case (.ready, _): return start()
    case (.finished, _): return []
    case (.paused, _):
      core.phase = .asking
      return outputs(for: input)
    case (.safetyCheck, .answer(let text)): return handleSafetyDecision(text)
    case (.safetyCheck, _):
      core.phase = .asking
      return [Output(.notice, scenario.prompts.safety.continueReply, step: currentStep.id)]
        + currentPrompt()
    case (.asking, .back): return goBack()
    case (.asking, .skip): return skip()
    case (.asking, .answer(let text)): return answer(text)
    }
  }

  /// The current step's words and question again, for `:repeat` and after resuming.
  public func currentPrompt() -> [Output] {
    if core.phase == .safetyCheck {
      return [
        Output(
          .question(Question(kind: .choice, choices: ["yes", "no"])),
          scenario.prompts.safety.pauseQuestion, step: currentStep.id)
      ]
    }
    return introduce(core.step)
  }

  /// The words of an ending step, filled in from this engine's answers.
  public func ending(at index: Int) -> String {
    scenario.steps[index].say.map { renderer.render($0) }.joined(separator: "\n\n")
  }

  /// Leaves the current step by its default path (its `next`, or the following step), as a
  /// room does in a workshop once everyone has answered.
  public mutating func moveOn() -> [Output] {
    guard core.phase == .asking else { return [] }
    return advance(to: nextStep(after: core.step, branches: []))
  }

  /// Continues a paused session: the current question again.
  public mutating func resume() -> [Output] {
    if core.phase == .paused { core.phase = .asking }
    return currentPrompt()
  }

  /// Reads `text` at a step without changing anything: for `explain` and `:why`.
  public func explain(_ text: String, at stepIndex: Int? = nil) -> Interpretation {
    var interpreter = Interpreter(scenario: scenario)
    interpreter.isExhaustive = true
    return interpreter.interpret(text, at: stepIndex ?? core.step, variables: core.variables)
  }

  /// Where the session is: the question number and an estimate of how many there are.
  public var progress: (step: Int, total: Int) {
    let done = core.path.count
    return (done + 1, done + remainingQuestions(from: core.step))
  }

  /// The renderer for the current state.
  var renderer: TemplateRenderer {
    TemplateRenderer(
      voice: voice, reflection: scenario.reflection, reflector: scenario.reflector,
      capitals: scenario.speaksInCapitals, core: core,
      helpLines: scenario.prompts.helpLines.text)
  }
}
