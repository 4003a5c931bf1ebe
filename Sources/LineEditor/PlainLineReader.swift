public import CEditLine
import Glibc

/// Reads lines from a pipe or file, with the semantics of Swift's `readLine()`.
///
/// - A line ends at `\n`; a `\r` before it is removed too, and a last line without `\n` is
///   still returned.
/// - Invalid UTF-8 is replaced with U+FFFD. A line is read to its end whatever its length, but
///   only its first ``lineByteLimit`` bytes are kept in memory (the session keeps far fewer,
///   and says so: ``CappedLineReader``).
/// - There is no editing, completion or history: ``addHistory(_:persistedAs:)`` does nothing.
/// - End of file gives ``ReadResult/endOfInput``; SIGTERM, SIGHUP or SIGQUIT gives
///   ``ReadResult/terminated`` (when `handleTerminationSignals` is `true`). SIGINT keeps its
///   default action.
public final class PlainLineReader: LineReader {
  /// Ignored: the plain reader has no Tab key.
  public var completer: (@Sendable (_ lineBeforeCursor: String) -> [String])?

  private let echoPrompt: Bool
  private let input: UnsafeMutablePointer<FILE>
  private let output: UnsafeMutablePointer<FILE>
  private let handlesTermination: Bool
  /// The most bytes of one line kept; the rest of a longer line is read and dropped.
  public let lineByteLimit: Int
  /// The default ``lineByteLimit``: 1 MiB, far past the longest answer a session keeps.
  public static let defaultLineByteLimit = 1 << 20
  private var isClosed = false

  /// Creates a reader for standard input or the given stream.
  ///
  /// - Parameters:
  ///   - echoPrompt: Whether to write the prompt to `output` before each read.
  ///   - input: The stream to read; standard input when `nil`. It is not closed by ``close()``.
  ///   - output: Where the prompt goes; standard output when `nil`.
  ///   - handleTerminationSignals: Whether to install the termination handlers of
  ///     ``SignalMonitor`` so that a read returns ``ReadResult/terminated``.
  ///   - lineByteLimit: The most bytes of one line kept.
  public init(
    echoPrompt: Bool = false,
    input: UnsafeMutablePointer<FILE>? = nil,
    output: UnsafeMutablePointer<FILE>? = nil,
    handleTerminationSignals: Bool = true, lineByteLimit: Int = defaultLineByteLimit
  ) {
    self.lineByteLimit = lineByteLimit
    self.echoPrompt = echoPrompt
    self.input = input ?? cel_stdin()
    self.output = output ?? cel_stdout()
    self.handlesTermination = handleTerminationSignals
    if handleTerminationSignals {
      SignalMonitor.install(SignalMonitor.terminationSignals)
    }
  }

  /// Reads one line; see ``LineReader/readLine(prompt:)``.
  ///
  /// - Parameter prompt: Written to the output only when the reader was made with
  ///   `echoPrompt: true`.
  /// - Returns: The line without its terminator, ``ReadResult/endOfInput`` at end of file, or
  ///   ``ReadResult/terminated``.
  public func readLine(prompt: String) -> ReadResult {
    if isClosed { return .endOfInput }
    if handlesTermination && SignalMonitor.takePendingTermination() { return .terminated }
    if echoPrompt {
      fputs(prompt, output)
      fflush(output)
    }
    var bytes: [UInt8] = []
    var readAny = false
    flockfile(input)
    defer { funlockfile(input) }
    while true {
      let byte = getc_unlocked(input)
      if byte == EOF {
        let failure = errno
        if handlesTermination && SignalMonitor.takePendingTermination() { return .terminated }
        if ferror(input) != 0 && failure == EINTR {
          clearerr(input)
          continue
        }
        guard readAny else { return .endOfInput }
        break
      }
      readAny = true
      if byte == 0x0A { break }
      if bytes.count < lineByteLimit { bytes.append(UInt8(truncatingIfNeeded: byte)) }
    }
    return .line(Self.decodeLine(bytes))
  }

  /// Does nothing: piped sessions keep no history.
  ///
  /// - Parameters:
  ///   - line: Ignored.
  ///   - entry: Ignored.
  public func addHistory(_ line: String, persistedAs entry: String?) {}

  /// Marks the reader closed; the input stream itself is left open.
  public func close() {
    isClosed = true
  }

  /// Strips a final `\r` at byte level and decodes the rest, repairing invalid UTF-8.
  static func decodeLine(_ bytes: [UInt8]) -> String {
    var line = bytes[...]
    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
    return String(decoding: line, as: UTF8.self)
  }
}
