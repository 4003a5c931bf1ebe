public import LineEditor

/// A ``LineReader`` that replays prepared results, for unit tests of a read-evaluate-print loop.
///
/// It records every prompt shown, every history entry added and whether ``close()`` was called.
/// When the script runs out, reads return ``ReadResult/endOfInput``.
public final class ScriptedLineReader: LineReader {
  /// One call to ``addHistory(_:persistedAs:)``.
  public struct HistoryEntry: Equatable, Sendable {
    /// The line added.
    public var line: String
    /// What the caller asked to save to disk, if anything.
    public var persisted: String?

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - line: The line added.
    ///   - persisted: What was to be saved.
    public init(line: String, persisted: String?) {
      self.line = line
      self.persisted = persisted
    }
  }

  /// The completion provider set by the code under test.
  public var completer: (@Sendable (_ lineBeforeCursor: String) -> [String])?
  /// The prompts passed to ``readLine(prompt:)``, in order.
  public private(set) var prompts: [String] = []
  /// The entries passed to ``addHistory(_:persistedAs:)``, in order.
  public private(set) var history: [HistoryEntry] = []
  /// Whether ``close()`` has been called.
  public private(set) var isClosed = false
  private var remaining: [ReadResult]

  /// Creates a reader that returns `results` one per read.
  ///
  /// - Parameter results: What successive reads return.
  public init(_ results: [ReadResult]) {
    remaining = results
  }

  /// Records `prompt` and returns the next scripted result.
  ///
  /// - Parameter prompt: The prompt the code under test would show.
  /// - Returns: The next result, or ``ReadResult/endOfInput`` when none are left.
  public func readLine(prompt: String) -> ReadResult {
    prompts.append(prompt)
    return remaining.isEmpty ? .endOfInput : remaining.removeFirst()
  }

  /// Records the entry.
  ///
  /// - Parameters:
  ///   - line: The line added.
  ///   - entry: What should be saved.
  public func addHistory(_ line: String, persistedAs entry: String?) {
    history.append(HistoryEntry(line: line, persisted: entry))
  }

  /// Records that the reader was closed.
  public func close() {
    isClosed = true
  }

  /// Runs the completer as the Tab key would, for testing what the code under test offers.
  ///
  /// - Parameter lineBeforeCursor: The buffer up to the cursor.
  /// - Returns: What the Tab key would do, or ``CompletionPlan/beep`` without a completer.
  public func complete(_ lineBeforeCursor: String) -> CompletionPlan {
    CompletionPlan.make(
      lineBeforeCursor: lineBeforeCursor, candidates: completer?(lineBeforeCursor) ?? [])
  }
}
