import Foundation
import Testing

@testable import mentor_coach

/// The countdown as a pure value: every reading takes an explicit `now`.
@Suite struct DiscussionTimerTests {
  @Test func aNewTimerHasNothingToCountOrRing() {
    var timer = DiscussionTimer()
    #expect(timer.remaining(now: 1_000) == 0)
    #expect(timer.ringIfDue(now: 1_000) == false)
    timer.togglePause(now: 1_000)
    #expect(!timer.isRunning)
    #expect(timer == DiscussionTimer())
  }

  @Test func countsDownFromTheStart() {
    var timer = DiscussionTimer()
    timer.start(120, now: 100)
    #expect(timer.isRunning)
    #expect(timer.remaining(now: 100) == 120)
    #expect(timer.remaining(now: 130) == 90)
    #expect(timer.remaining(now: 220) == 0)
    #expect(timer.remaining(now: 500) == 0)
  }

  @Test func ringsOnceAtZero() {
    var timer = DiscussionTimer()
    timer.start(60, now: 0)
    #expect(timer.ringIfDue(now: 59.5) == false)
    #expect(timer.ringIfDue(now: 60) == true)
    #expect(timer.ringIfDue(now: 61) == false)
    #expect(timer.ringIfDue(now: 600) == false)
  }

  @Test func pausingFreezesTheTimeLeft() {
    var timer = DiscussionTimer()
    timer.start(300, now: 1_000)
    timer.togglePause(now: 1_030)
    #expect(!timer.isRunning)
    #expect(timer.remaining(now: 1_030) == 270)
    #expect(timer.remaining(now: 5_000) == 270)
    #expect(timer.ringIfDue(now: 5_000) == false)

    timer.togglePause(now: 5_000)
    #expect(timer.isRunning)
    #expect(timer.remaining(now: 5_070) == 200)

    timer.togglePause(now: 5_100)
    timer.togglePause(now: 6_000)
    #expect(timer.remaining(now: 6_000) == 170)
    #expect(timer.ringIfDue(now: 6_170) == true)
  }

  @Test func extendingAddsTimeAndLetsItRingAgain() {
    var timer = DiscussionTimer()
    timer.start(60, now: 0)
    #expect(timer.ringIfDue(now: 90) == true)
    timer.extend(120)
    #expect(timer.remaining(now: 90) == 90)
    #expect(timer.ringIfDue(now: 90) == false)
    #expect(timer.ringIfDue(now: 180) == true)
  }

  @Test func extendingAPausedTimerKeepsItPaused() {
    var timer = DiscussionTimer()
    timer.start(60, now: 0)
    timer.togglePause(now: 20)
    timer.extend(60)
    #expect(!timer.isRunning)
    #expect(timer.remaining(now: 1_000) == 100)
  }

  @Test func startingAgainReplacesTheOldCountdown() {
    var timer = DiscussionTimer()
    timer.start(60, now: 0)
    timer.togglePause(now: 10)
    #expect(timer.ringIfDue(now: 10) == false)
    timer.start(30, now: 100)
    #expect(timer.isRunning)
    #expect(timer.remaining(now: 110) == 20)
    #expect(timer.ringIfDue(now: 130) == true)
  }

  struct FormatCase: CustomTestStringConvertible, Sendable {
    var id: String
    var seconds: TimeInterval
    var text: String
    var testDescription: String { id }
  }

  @Test(arguments: [
    FormatCase(id: "zero", seconds: 0, text: "0:00"),
    FormatCase(id: "a fraction rounds up", seconds: 0.2, text: "0:01"),
    FormatCase(id: "under a minute", seconds: 59, text: "0:59"),
    FormatCase(id: "just under a minute", seconds: 59.01, text: "1:00"),
    FormatCase(id: "one minute", seconds: 60, text: "1:00"),
    FormatCase(id: "seconds padded", seconds: 65, text: "1:05"),
    FormatCase(id: "two minutes", seconds: 120, text: "2:00"),
    FormatCase(id: "an hour in minutes", seconds: 3_600, text: "60:00"),
  ])
  func formats(_ test: FormatCase) {
    #expect(DiscussionTimer.format(test.seconds) == test.text)
  }

  /// A countdown on a clock the test moves by hand.
  private final class Clock {
    var seconds: TimeInterval = 100
  }

  @Test func theCountdownLabelCountsDownPausesAndRingsOnce() {
    let clock = Clock()
    let countdown = LiveCountdown { clock.seconds }
    #expect(countdown.label() == nil)
    #expect(!countdown.ringIfDue())
    countdown.start(90, step: "opening")
    #expect(countdown.label() == "1:30")
    clock.seconds += 30
    #expect(countdown.label() == "1:00")
    countdown.togglePause()
    clock.seconds += 500
    #expect(countdown.label() == "1:00 paused")
    countdown.togglePause()
    clock.seconds += 60
    #expect(countdown.label() == "time up")
    #expect(countdown.bellIfDue())
    #expect(!countdown.bellIfDue())
    #expect(countdown.ringIfDue())
    #expect(!countdown.ringIfDue())
    countdown.extend(60)
    #expect(countdown.label() == "1:00")
  }

  @Test func theCountdownStopsWhenItsStepEnds() {
    let clock = Clock()
    let countdown = LiveCountdown { clock.seconds }
    countdown.start(300, step: "opening")
    countdown.follow(step: "opening")
    #expect(countdown.label() == "5:00")
    countdown.follow(step: "confidence")
    #expect(countdown.label() == nil)
    #expect(countdown.remaining() == nil)
    clock.seconds += 400
    #expect(!countdown.ringIfDue())
  }
}
