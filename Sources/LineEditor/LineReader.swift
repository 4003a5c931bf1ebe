public import Foundation

/// A source of input lines for a read-evaluate-print loop.
///
/// Implementations are not thread-safe: create, use and close a reader on one thread (the main
/// thread is fine), and never call ``readLine(prompt:)`` concurrently.
public protocol LineReader: AnyObject {
  /// Reads one line, showing `prompt`.
  ///
  /// The prompt may contain ANSI colour sequences; the terminal reader tells libedit which
  /// bytes are invisible so that cursor columns stay right.
  ///
  /// - Parameter prompt: The text shown before the cursor.
  /// - Returns: The line, or why no line was read.
  func readLine(prompt: String) -> ReadResult

  /// Adds `line` to this session's in-memory history, for Up and Down recall.
  ///
  /// Later sessions recall only what was persisted, never `line` itself.
  ///
  /// - Parameters:
  ///   - line: The entry. Empty or blank lines are ignored; long entries are cut to
  ///     ``HistoryLimits/maximumEntryBytes``.
  ///   - entry: What to write to the history file (if the reader has one) so that later
  ///     sessions recall it, or `nil` to keep nothing. Pass only text that is safe to keep,
  ///     such as a command's name without its arguments; never free text.
  func addHistory(_ line: String, persistedAs entry: String?)

  /// The completion provider used for the Tab key.
  ///
  /// It receives the whole line buffer up to the cursor and returns candidate full words for
  /// the word before the cursor. Candidates that do not start with that word are ignored.
  var completer: (@Sendable (_ lineBeforeCursor: String) -> [String])? { get set }

  /// Restores the terminal and releases the editor; further reads return
  /// ``ReadResult/endOfInput``.
  ///
  /// Calling it more than once is harmless. Call it on every exit path: `exit()` does not run
  /// `deinit`.
  func close()
}

/// Creates the reader that suits the standard streams.
///
/// - Parameters:
///   - programName: The name libedit uses to select settings in `~/.editrc`.
///   - historyFile: Where persisted history entries are kept, or `nil` for none.
/// - Returns: An ``EditLineReader`` when ``Terminal/isInteractive()`` is `true`, otherwise a
///   ``PlainLineReader`` that does not echo the prompt.
public func makeLineReader(programName: String, historyFile: URL?) -> any LineReader {
  if Terminal.isInteractive() {
    return EditLineReader(programName: programName, historyFile: historyFile)
  }
  return PlainLineReader(echoPrompt: false)
}
