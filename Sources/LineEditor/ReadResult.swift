/// What one call to ``LineReader/readLine(prompt:)`` produced.
public enum ReadResult: Equatable, Sendable {
  /// A complete line, without its line terminator (`\n` or `\r\n`).
  case line(String)
  /// The user pressed Ctrl-C (SIGINT) while the line was being edited.
  ///
  /// The half-typed line is discarded and `^C` plus a newline has been printed. `hadText` is
  /// `true` when the edit buffer held at least one character at the moment of the interrupt, so
  /// a caller can keep running on a cancelled line and stop on a Ctrl-C at an empty prompt.
  case interrupted(hadText: Bool)
  /// Input ended: Ctrl-D on an empty line in a terminal, or end of file on a pipe.
  case endOfInput
  /// SIGTERM, SIGHUP or SIGQUIT arrived while waiting for input (or before the call).
  ///
  /// The terminal has already been restored to its normal mode. The caller should save its
  /// state, call ``LineReader/close()`` and exit.
  case terminated
}
