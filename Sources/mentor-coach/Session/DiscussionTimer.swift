import Foundation

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

/// The room's discussion countdown, shown in the facilitator's prompt: `[4:32] Ana> `.
///
/// It draws nothing itself. The workshop loop puts ``label()`` in the prompt, and on a terminal
/// the line editor asks for the prompt again about four times a second and redraws it from its
/// own thread, between keys: no second thread writes to the screen, and no cursor jumps to
/// another line. A countdown belongs to the step it was started at and stops when the room
/// leaves that step.
final class LiveCountdown {
  private(set) var timer = DiscussionTimer()
  /// The step the countdown was started at.
  private(set) var step: String?
  /// Whether the bell has sounded for this countdown.
  private var hasBelled = false
  private let clock: () -> TimeInterval

  /// - Parameter clock: Seconds from any fixed point; the system's uptime by default.
  init(clock: @escaping () -> TimeInterval = LiveCountdown.now) {
    self.clock = clock
  }

  static func now() -> TimeInterval { ProcessInfo.processInfo.systemUptime }

  /// Starts a countdown of `seconds` for `step`.
  func start(_ seconds: TimeInterval, step: String) {
    timer.start(seconds, now: clock())
    self.step = step
    hasBelled = false
  }

  /// Adds time to the running countdown.
  func extend(_ seconds: TimeInterval) {
    timer.extend(seconds)
    hasBelled = false
  }

  /// Pauses or resumes the countdown.
  func togglePause() { timer.togglePause(now: clock()) }

  /// Stops the countdown when the room has moved on from the step it was started at.
  func follow(step current: String) {
    guard let step, step != current else { return }
    timer = DiscussionTimer()
    self.step = nil
  }

  /// The time left, or nil when no countdown is running.
  func remaining() -> TimeInterval? {
    timer.total > 0 ? timer.remaining(now: clock()) : nil
  }

  /// Whether it reached zero since last asked.
  func ringIfDue() -> Bool { timer.ringIfDue(now: clock()) }

  /// Whether the bell should sound now: true once, when the countdown first reads zero.
  func bellIfDue() -> Bool {
    guard let left = remaining(), left == 0, !hasBelled else { return false }
    hasBelled = true
    return true
  }

  /// `4:32`, `4:32 paused` or `time up`; nil when there is no countdown.
  func label() -> String? {
    guard let left = remaining() else { return nil }
    if left == 0 { return "time up" }
    return DiscussionTimer.format(left) + (timer.isRunning ? "" : " paused")
  }
}
