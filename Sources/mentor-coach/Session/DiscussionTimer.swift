import Foundation
import Synchronization

/// A discussion countdown: started, extended, paused and resumed against a clock.
struct DiscussionTimer: Equatable {
  private(set) var total: TimeInterval = 0
  private(set) var startedAt: TimeInterval?
  private(set) var elapsedBeforePause: TimeInterval = 0
  private(set) var isRunning = false
  private(set) var hasRung = false

  /// Starts a new countdown of `seconds`.
  mutating func start(_ seconds: TimeInterval, now: TimeInterval) {
    self = DiscussionTimer(total: seconds, startedAt: now, isRunning: true)
  }

  /// Adds time to the countdown (a countdown that had rung can ring again).
  mutating func extend(_ seconds: TimeInterval) {
    total += seconds
    hasRung = false
  }

  /// Pauses a running countdown, or resumes a paused one.
  mutating func togglePause(now: TimeInterval) {
    guard total > 0 else { return }
    if isRunning, let startedAt {
      elapsedBeforePause += now - startedAt
      self.startedAt = nil
      isRunning = false
    } else {
      startedAt = now
      isRunning = true
    }
  }

  /// Seconds left, never below zero.
  func remaining(now: TimeInterval) -> TimeInterval {
    let running = startedAt.map { now - $0 } ?? 0
    return max(0, total - elapsedBeforePause - running)
  }

  /// True once, the first time it is asked after the countdown reached zero.
  mutating func ringIfDue(now: TimeInterval) -> Bool {
    guard total > 0, !hasRung, remaining(now: now) == 0 else { return false }
    hasRung = true
    return true
  }

  /// `m:ss`.
  static func format(_ seconds: TimeInterval) -> String {
    let whole = Int(seconds.rounded(.up))
    return String(format: "%d:%02d", whole / 60, whole % 60)
  }
}

/// Shows a running countdown in the top-right corner of the terminal, once a second, without
/// disturbing the line being typed (the cursor is saved and restored around each update); rings
/// the bell at zero.
final class LiveCountdown: Sendable {
  private let timer = Mutex(DiscussionTimer())
  private let stopped = Atomic(false)
  private let isTerminal: Bool
  private let write: @Sendable (String) -> Void

  init(isTerminal: Bool, write: @escaping @Sendable (String) -> Void) {
    self.isTerminal = isTerminal
    self.write = write
    guard isTerminal else { return }
    Thread.detachNewThread { [self] in
      while !stopped.load(ordering: .relaxed) {
        tick()
        Thread.sleep(forTimeInterval: 1)
      }
    }
  }

  static func now() -> TimeInterval { ProcessInfo.processInfo.systemUptime }

  func update(_ change: (inout DiscussionTimer) -> Void) {
    timer.withLock { change(&$0) }
    if isTerminal { tick() }
  }

  /// The time left, or nil when no countdown was started.
  func remaining() -> TimeInterval? {
    timer.withLock { $0.total > 0 ? $0.remaining(now: Self.now()) : nil }
  }

  /// Whether it reached zero since last asked (for terminals without the live display).
  func ringIfDue() -> Bool {
    timer.withLock { $0.ringIfDue(now: Self.now()) }
  }

  func stop() {
    stopped.store(true, ordering: .relaxed)
    if isTerminal { write("\u{1B}7\u{1B}[1;1H\u{1B}[K\u{1B}8") }
  }

  private func tick() {
    let (left, running, ring, total) = timer.withLock { state in
      (
        state.remaining(now: Self.now()), state.isRunning, state.ringIfDue(now: Self.now()),
        state.total
      )
    }
    guard total > 0 else { return }
    let label =
      left == 0
      ? " TIME "
      : running ? " \(DiscussionTimer.format(left)) " : " \(DiscussionTimer.format(left)) paused "
    let columns = Self.columns()
    let column = max(1, columns - label.count)
    write("\u{1B}7\u{1B}[1;\(column)H\u{1B}[7m\(label)\u{1B}[0m\u{1B}8" + (ring ? "\u{7}" : ""))
  }

  private static func columns() -> Int {
    var size = winsize()
    return ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
  }
}
