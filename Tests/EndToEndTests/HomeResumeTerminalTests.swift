import Foundation
import TestSupport
import Testing

/// The home screen on an 80-column pseudo-terminal with several unfinished sessions: each is
/// listed within the width, and any of them can be picked.
@Suite struct HomeResumeTerminalTests {
  @Test func severalUnfinishedSessionsAreListedAndAnyCanBeResumed() throws {
    let coach = try BinaryRunner()
    let bundled = SummaryCorrectionTests.bundled
    // Three unfinished sessions, oldest first; the file names sort by start time.
    for (scenario, answer) in [
      ("self-doubt", "I feel like a fraud"), ("time-management", "I am on call every third night"),
      ("boundaries", "She messages me at midnight"),
    ] {
      let run = try coach.run(["practice", scenario] + bundled, input: answer + "\n:quit\n")
      #expect(run.status == 0)
      Thread.sleep(forTimeInterval: 1.1)
    }
    let files = coach.sessionFiles()
    #expect(files.count == 3)

    let home = try coach.startOnTerminal(bundled, extraEnvironment: ["COLUMNS": "80"])
    try home.expect("or :quit to leave.")
    try home.waitForRawMode()
    let screen = home.transcript.replacingOccurrences(of: "\r", with: "")
    for line in screen.split(separator: "\n") {
      #expect(line.count <= 80, "wider than 80 columns: \(line)")
    }
    // Latest first.
    let order = ["  r1. Resume '", "  r2. Resume '", "  r3. Resume '"].map {
      screen.range(of: $0)?.lowerBound
    }
    #expect(order.allSatisfy { $0 != nil })
    #expect(screen.contains("\n      (1 answer so far, started "))
    let second = try #require(
      screen.components(separatedBy: "\n").first { $0.hasPrefix("  r2. Resume '") })
    #expect(second.contains("Resume 'Finding time"), "r2 is the middle session: \(second)")

    try home.send("r2\r")
    try home.expect("Welcome back. Here is where you left off.")
    try home.waitForRawMode()
    try home.send(":quit\r")
    #expect(try home.waitForExit() == 0)
    // Only the chosen session was resumed.
    let resumed = try files.map { file in
      EndToEnd.types(try EndToEnd.events(in: file)).filter { $0 == "resumed" }.count
    }
    #expect(resumed == [0, 1, 0])
  }
}
