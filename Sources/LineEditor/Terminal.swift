import Glibc

/// Facts about the process's standard streams.
public enum Terminal {
  /// Whether both standard input and standard output are terminals.
  ///
  /// libedit turns editing off when either stream is not a terminal, so line editing is only
  /// used when this is `true`.
  ///
  /// - Returns: `isatty(0) && isatty(1)`.
  public static func isInteractive() -> Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }
}
