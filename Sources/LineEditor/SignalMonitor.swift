import Glibc
import Synchronization

private let pendingInterrupt = Atomic<Int32>(0)
private let pendingTermination = Atomic<Int32>(0)
private let pendingResize = Atomic<Int32>(0)
private let pendingSuspend = Atomic<Int32>(0)
private let pendingContinue = Atomic<Int32>(0)
private let lastTermination = Atomic<Int32>(0)

/// Records a signal; only touches atomics, so it is async-signal-safe.
private func recordSignal(_ signal: Int32) {
  switch signal {
  case SIGINT: pendingInterrupt.store(1, ordering: .sequentiallyConsistent)
  case SIGWINCH: pendingResize.store(1, ordering: .sequentiallyConsistent)
  case SIGTSTP: pendingSuspend.store(1, ordering: .sequentiallyConsistent)
  case SIGCONT: pendingContinue.store(1, ordering: .sequentiallyConsistent)
  default:
    pendingTermination.store(signal, ordering: .sequentiallyConsistent)
    lastTermination.store(signal, ordering: .sequentiallyConsistent)
  }
}

/// Catches SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGWINCH for the line readers and lets callers poll them.
///
/// The handlers are installed with `sigaction` and without `SA_RESTART`, so a blocking read
/// returns `EINTR` and the reader can restore the terminal and report the signal. They only set
/// flags: nothing is re-raised, and in particular no signal is sent to the rest of the process
/// group (libedit's own handler would call `kill(0, signal)`).
///
/// The handlers stay installed for the life of the process once a reader has installed them,
/// so a caller doing work between prompts should poll ``takePendingTermination()`` (and, if it
/// wants to stop long work on Ctrl-C, ``takePendingInterrupt()``).
public enum SignalMonitor {
  /// The signals that mean "save and exit": SIGTERM, SIGHUP (the terminal closed) and SIGQUIT
  /// (Ctrl-\\), which would otherwise dump core through the Swift runtime's crash reporter.
  public static let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]

  /// The last termination signal received, even after ``takePendingTermination()`` consumed
  /// it, or `nil` when none arrived: what a reader's ``ReadResult/terminated`` was for.
  public static var lastTerminationSignal: Int32? {
    let signal = lastTermination.load(ordering: .sequentiallyConsistent)
    return signal == 0 ? nil : signal
  }

  /// Returns whether SIGTERM, SIGHUP or SIGQUIT arrived since the last call, and clears the flag.
  ///
  /// ``LineReader/readLine(prompt:)`` also consumes the flag when it returns
  /// ``ReadResult/terminated``.
  ///
  /// - Returns: `true` if a termination signal is pending.
  public static func takePendingTermination() -> Bool {
    takePendingTerminationSignal() != nil
  }

  /// Returns the pending termination signal (SIGTERM, SIGHUP or SIGQUIT), if any, and clears it.
  ///
  /// - Returns: The signal number, or `nil` when none is pending.
  public static func takePendingTerminationSignal() -> Int32? {
    let signal = pendingTermination.exchange(0, ordering: .sequentiallyConsistent)
    return signal == 0 ? nil : signal
  }

  /// Returns whether SIGINT arrived since the last call, and clears the flag.
  ///
  /// Only meaningful after an ``EditLineReader`` was created: the plain reader leaves SIGINT
  /// to its default action. Each ``EditLineReader/readLine(prompt:)`` clears a stale interrupt
  /// before it starts.
  ///
  /// - Returns: `true` if Ctrl-C was pressed while no line was being read.
  public static func takePendingInterrupt() -> Bool {
    pendingInterrupt.exchange(0, ordering: .sequentiallyConsistent) != 0
  }

  static var hasPendingTermination: Bool {
    pendingTermination.load(ordering: .sequentiallyConsistent) != 0
  }

  static var hasPendingInterrupt: Bool {
    pendingInterrupt.load(ordering: .sequentiallyConsistent) != 0
  }

  static func takePendingResize() -> Bool {
    pendingResize.exchange(0, ordering: .sequentiallyConsistent) != 0
  }

  static func takePendingSuspend() -> Bool {
    pendingSuspend.exchange(0, ordering: .sequentiallyConsistent) != 0
  }

  static func takePendingContinue() -> Bool {
    pendingContinue.exchange(0, ordering: .sequentiallyConsistent) != 0
  }

  static func raiseInterruptFlag() {
    pendingInterrupt.store(1, ordering: .sequentiallyConsistent)
  }

  static func raiseTerminationFlag(_ signal: Int32) {
    pendingTermination.store(signal, ordering: .sequentiallyConsistent)
    lastTermination.store(signal, ordering: .sequentiallyConsistent)
  }

  /// Stops this process only (not its process group), as Ctrl-Z would, and returns once it is
  /// continued.
  static func stopSelf() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(SIGTSTP, &action, nil)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGTSTP)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    kill(getpid(), SIGTSTP)
  }

  /// Installs the flag-setting handler for `signals` (no `SA_RESTART`) and unblocks them.
  static func install(_ signals: [Int32]) {
    // Touch the atomics first so that no lazy initialisation can happen in signal context.
    _ = pendingInterrupt.load(ordering: .relaxed)
    _ = pendingTermination.load(ordering: .relaxed)
    _ = pendingResize.load(ordering: .relaxed)
    _ = pendingSuspend.load(ordering: .relaxed)
    _ = pendingContinue.load(ordering: .relaxed)
    _ = lastTermination.load(ordering: .relaxed)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = recordSignal
    action.sa_flags = 0
    sigemptyset(&action.sa_mask)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in signals {
      sigaction(signal, &action, nil)
      sigaddset(&unblock, signal)
    }
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }
}
