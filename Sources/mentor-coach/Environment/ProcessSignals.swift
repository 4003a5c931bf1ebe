import Glibc

/// The signal dispositions set before anything else runs.
///
/// The Swift runtime installs a crash reporter on SIGQUIT and the fatal signals; on Ctrl-\\ it
/// printed "Program crashed … Press space to interact" and left the terminal broken. Here:
/// - SIGQUIT gets its default action (quit, as for any command-line tool); while a session
///   reads a line, ``SignalMonitor`` treats it like SIGTERM: the session is saved with a
///   `paused` event and the program exits with 128 + 3.
/// - In release builds the fatal signals get their default action too, so that a crash ends
///   with the runtime's one-line message and no interactive backtracer. Debug builds keep the
///   backtracer for developers.
enum ProcessSignals {
  static func prepare() {
    signal(SIGQUIT, SIG_DFL)
    #if !DEBUG
    for fatal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT] { signal(fatal, SIG_DFL) }
    #endif
  }
}
