/// Everything the engine remembers; Codable so that a session can be saved and compared.
///
/// Resuming does not need it: replaying the transcript's inputs rebuilds the same state.
public struct EngineState: Hashable, Sendable, Codable {
  /// Where in the session the engine is.
  public enum Phase: String, Hashable, Sendable, Codable {
    /// Not started.
    case ready
    /// Waiting for an answer to the current step's question.
    case asking
    /// The safety net asked whether to pause.
    case safetyCheck
    /// Paused at the mentor's wish after the safety net; `resume` continues.
    case paused
    /// The ending was reached.
    case finished
  }

  /// The part that `:back` restores.
  public struct Core: Hashable, Sendable, Codable {
    /// The current step's index.
    public var step = 0
    /// The phase.
    public var phase = Phase.ready
    /// The free-text answer each step's summary line quotes, as typed: the first answer a
    /// rule or theme recognised, else the first substantial one (see
    /// `Engine.keepForSummary`).
    public var answers: [String: String] = [:]
    /// The steps whose kept answer was recognised by a rule or a theme.
    public var recognisedAnswers: Set<String>?
    /// The number given at each scale step.
    public var ratings: [String: Int] = [:]
    /// The label chosen at each choice step.
    public var choices: [String: String] = [:]
    /// Variables.
    public var variables: [String: String] = [:]
    /// The next reply to use, per rule or fallback list.
    public var cursors: [String: Int] = [:]
    /// Remembered replies, oldest first.
    public var memory: [String] = []
    /// How often each tag has been seen.
    public var tagCounts: [String: Int] = [:]
    /// Answers at this step that no rule replied to.
    public var followUps = 0
    /// Bad answers at this step (scale or choice).
    public var badAnswers = 0
    /// The last fallback used, so none repeats twice in a row.
    public var lastFallback: String?
    /// The question steps answered so far, in order.
    public var path: [Int] = []
    /// DOCTOR's LIMIT (`mode: doctor`), counting free-text answers round 1, 2, 3, 4.
    ///
    /// The first answer makes it 2. It chooses the built-in message and gates memory (only
    /// at 4).
    public var limit = 1
  }

  /// The current state.
  public var core = Core()
  /// States to return to with `:back`, most recent last.
  public var undo: [Core] = []
  /// The state when the current question was first asked: what `:back` returns to later.
  public var entry: Core?

  /// An empty state.
  public init() {}
}
