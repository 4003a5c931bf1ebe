/// Cuts lines longer than a limit, and says so, so that one pasted or dictated answer cannot
/// grow a transcript, the screen or the matcher's work without bound.
///
/// A longer line is cut at a character boundary after `limit` characters; `onCut` is called
/// with the part kept and the length read before the line is returned, so the caller can tell
/// the person what was kept: nothing is dropped without a word. Everything else passes through
/// to the wrapped reader unchanged.
public final class CappedLineReader: LineReader {
  /// The longest answer kept, in characters: 65,536, some 10,000 words, about 40 pages of
  /// dictation.
  public static let defaultLimit = 65_536

  /// The longest line returned, in characters.
  public let limit: Int
  /// The reader wrapped.
  public let base: any LineReader
  private let onCut: (_ kept: String, _ length: Int) -> Void

  /// Wraps a reader.
  ///
  /// - Parameters:
  ///   - base: The reader to wrap.
  ///   - limit: The longest line returned, in characters.
  ///   - onCut: Called with the part kept and the length read (in characters) when a line is
  ///     cut.
  public init(
    _ base: any LineReader, limit: Int = defaultLimit,
    onCut: @escaping (_ kept: String, _ length: Int) -> Void
  ) {
    self.base = base
    self.limit = limit
    self.onCut = onCut
  }

  /// The wrapped reader's completer.
  public var completer: (@Sendable (_ lineBeforeCursor: String) -> [String])? {
    get { base.completer }
    set { base.completer = newValue }
  }

  /// Reads a line from the wrapped reader, cutting it after ``limit`` characters.
  ///
  /// - Parameter prompt: The prompt.
  /// - Returns: What the wrapped reader returned, with a long line cut.
  public func readLine(prompt: String) -> ReadResult {
    let result = base.readLine(prompt: prompt)
    guard case .line(let line) = result, line.utf8.count > limit else { return result }
    let length = line.count
    guard length > limit else { return result }
    let kept = String(line.prefix(limit))
    onCut(kept, length)
    return .line(kept)
  }

  /// Passes the entry to the wrapped reader.
  ///
  /// - Parameters:
  ///   - line: The line to recall in this session.
  ///   - entry: What to save to the history file, if anything.
  public func addHistory(_ line: String, persistedAs entry: String?) {
    base.addHistory(line, persistedAs: entry)
  }

  /// Closes the wrapped reader.
  public func close() { base.close() }
}

extension LineReader {
  /// The terminal reader doing the reading, if it is one, wrapped or not: for what only a
  /// terminal can do, such as redrawing the prompt.
  public var terminalReader: EditLineReader? {
    (self as? EditLineReader) ?? ((self as? CappedLineReader)?.base as? EditLineReader)
  }
}
