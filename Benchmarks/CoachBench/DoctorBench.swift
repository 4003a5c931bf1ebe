import Foundation

/// The DOCTOR-style conversation end to end: start, 15 lines through a pipe, and exit.
///
/// It runs the scan-mode fixture `Tests/CoachKitTests/Fixtures/scripts/listener.yaml`. When
/// `ELIZA_PEER` names a program (such as a faithful C++ ELIZA built elsewhere), the same lines
/// go through it as the baseline.
struct DoctorBench {
  var binary: String
  var repo: URL
  var runs = 20

  /// Fifteen lines in the spirit of the 1966 paper's conversation (our own words).
  static let lines = [
    "Cats and dogs are alike.", "Well, my rota made me late today.",
    "You are like my sister in some ways.", "I hope for a quiet night",
    "My brother looks after me.", "My aunt cooks for me", "You are stubborn",
    "You don't listen to me", "Perhaps.", "Perhaps.", "Hmm.", "Hmm.", "Hmm.", "I see.",
    "Goodbye, then.",
  ]

  func run() {
    let fixtures = repo.appendingPathComponent("Tests/CoachKitTests/Fixtures")
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-doctor-\(getpid())")
    let coach = [
      binary, "practice", "listener", "--scenarios",
      fixtures.appendingPathComponent("scripts").path,
      "--prompts", fixtures.appendingPathComponent("Prompts").path, "--home", home.path,
    ]
    let input = Self.lines.joined(separator: "\n") + "\n"
    let peer = ProcessInfo.processInfo.environment["ELIZA_PEER"].map {
      $0.split(separator: " ").map(String.init)
    }
    var coachTimes: [Double] = []
    var peerTimes: [Double] = []
    for _ in 0..<runs {
      coachTimes.append(Child.measure(coach, until: nil, input: input).seconds)
      if let peer { peerTimes.append(Child.measure(peer, until: nil, input: input).seconds) }
    }
    try? FileManager.default.removeItem(at: home)
    let median = Statistics.median(coachTimes)
    print("DOCTOR-style conversation, start to exit over \(Self.lines.count) lines (\(runs) runs)")
    print("  mentor-coach with listener.yaml: median \(Statistics.milliseconds(median))")
    guard let peer else {
      print("  (set ELIZA_PEER to a peer ELIZA program to measure the ratio against it)")
      return
    }
    let base = Statistics.median(peerTimes)
    print("  \(peer.joined(separator: " ")) (baseline): median \(Statistics.milliseconds(base))")
    print(String(format: "  ratio: %.2fx the baseline (goal: 1.5x or less)", median / base))
  }
}
