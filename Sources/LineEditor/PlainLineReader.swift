public import CEditLine
import Glibc

/// Reads lines from a pipe or file, with the semantics of Swift's `readLine()`.
///
/// - A line ends at `\n`; a `\r` before it is removed too, and a last line without `\n` is
///   still returned.
/// - Invalid UTF-8 is replaced with U+FFFD; lines of any length are accepted.
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
  private var isClosed = false

  /// Creates a reader for standard input or the given stream.
  ///
  /// - Parameters:
  ///   - echoPrompt: Whether to write the prompt to `output` before each read.
  ///   - input: The stream to read; standard input when `nil`. It is not closed by ``close()``.
  ///   - output: Where the prompt goes; standard output when `nil`.
  ///   - handleTerminationSignals: Whether to install the termination handlers of
  ///     ``SignalMonitor`` so that a read returns ``ReadResult/terminated``.
  public init(
    echoPrompt: Bool = false,
    input: UnsafeMutablePointer<FILE>? = nil,
    output: UnsafeMutablePointer<FILE>? = nil,
    handleTerminationSignals: Bool = true
  ) {
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
    var buffer: UnsafeMutablePointer<CChar>?
    defer { free(buffer) }
    var capacity = 0
    while true {
      let count = getline(&buffer, &capacity, input)
      if count >= 0, let buffer {
        return .line(Self.decodeLine(buffer, count: count))
      }
      let failure = errno
      if handlesTermination && SignalMonitor.takePendingTermination() { return .terminated }
      if ferror(input) != 0 && failure == EINTR {
        clearerr(input)
        continue
      }
      return .endOfInput
    }
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

  /// Strips `\n`, then `\r`, at byte level and decodes the rest, repairing invalid UTF-8.
  static func decodeLine(_ bytes: UnsafeMutablePointer<CChar>, count: Int) -> String {
    bytes.withMemoryRebound(to: UInt8.self, capacity: count) { raw in
      var length = count
      if length > 0 && raw[length - 1] == UInt8(ascii: "\n") { length -= 1 }
      if length > 0 && raw[length - 1] == UInt8(ascii: "\r") { length -= 1 }
      return String(decoding: UnsafeBufferPointer(start: raw, count: length), as: UTF8.self)
    }
  }
}
