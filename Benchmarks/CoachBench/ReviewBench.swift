import Foundation
import Transcript

/// `review` over 10,000 generated sessions (about 100 MB): `review list` (also with a filter
/// that the first line decides), `review search WORD`
/// against `grep -rFi WORD` on the same folder, `review report`, and the home screen (which
/// looks for the latest unfinished session) against the same with no sessions, as medians over
/// several interleaved runs, each with its own peak memory (the child's, from `wait4`).
///
///     coach-bench review MENTOR_COACH               measure
///     coach-bench review --generate DIR [COUNT]     only write sessions into DIR
struct ReviewBench {
  var arguments: [String]
  var sessions = 10_000
  var runs = 5

  func run() {
    if arguments.first == "--generate", arguments.count >= 2 {
      let count = arguments.count > 2 ? Int(arguments[2]) ?? sessions : sessions
      let bytes = Self.generate(count, into: URL(fileURLWithPath: arguments[1]))
      print("wrote \(count) sessions, \(bytes / 1_000_000) MB, to \(arguments[1])")
      return
    }
    guard let binary = arguments.first else {
      fatalError("usage: coach-bench review MENTOR_COACH | review --generate DIR [COUNT]")
    }
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-review-\(getpid())")
    let folder = root.appendingPathComponent("shared")
    let home = root.appendingPathComponent("home")
    let start = Statistics.now()
    let bytes = Self.generate(sessions, into: folder)
    print(
      "review over \(sessions) generated sessions, \(bytes / 1_000_000) MB (written in "
        + "\(Statistics.milliseconds(Statistics.now() - start)); \(runs) interleaved runs each)")
    let out = root.appendingPathComponent("report.html").path
    let common = ["--home", home.path, "--from", folder.path]
    // The home screen looks for the latest unfinished session in the data folder's sessions:
    // a data folder whose sessions are the generated ones (all finished, the worst case).
    let full = root.appendingPathComponent("full-home")
    try? FileManager.default.createDirectory(at: full, withIntermediateDirectories: true)
    try? FileManager.default.createSymbolicLink(
      at: full.appendingPathComponent("sessions"), withDestinationURL: folder)
    let commands: [(String, [String])] = [
      ("review list", [binary, "review", "list"] + common),
      ("review search mentee", [binary, "review", "search", "mentee"] + common),
      ("grep -rFi mentee (baseline)", ["/usr/bin/env", "grep", "-rFi", "mentee", folder.path]),
      ("review report --format html", [binary, "review", "report", "--out", out] + common),
      ("home screen, no sessions (baseline)", [binary, "--home", home.path]),
      ("home screen, \(sessions) finished sessions", [binary, "--home", full.path]),
      // A filter decided by each file's first line: the other files are read no further.
      ("review list --workshop W-10", [binary, "review", "list", "--workshop", "W-10"] + common),
    ]
    var times = Array(repeating: [Double](), count: commands.count)
    var memory = Array(repeating: [Double](), count: commands.count)
    for _ in 0..<runs {
      for (index, command) in commands.enumerated() {
        let (seconds, peak) = Self.measure(command.1)
        times[index].append(seconds)
        memory[index].append(peak)
      }
    }
    for (index, command) in commands.enumerated() {
      let line = String(
        format: "  %@: median %@, peak memory %.1f MiB", command.0,
        Statistics.milliseconds(Statistics.median(times[index])),
        Statistics.median(memory[index]))
      print(line)
    }
    let ratio = Statistics.median(times[1]) / Statistics.median(times[2])
    print(String(format: "  search: %.2fx grep (goal: 1x or less)", ratio))
    print(
      String(
        format: "  report: %.2fx the 1 s goal in time, %.2fx the 100 MB goal in peak memory",
        Statistics.median(times[3]), Statistics.median(memory[3]) * 1_048_576 / 100_000_000))
    print(
      String(
        format: "  home screen: %.2fx with %d sessions against none (goal: close to 1x)",
        Statistics.median(times[5]) / Statistics.median(times[4]), sessions))
    try? FileManager.default.removeItem(at: root)
  }

  /// Runs a command with its output thrown away; its time and peak resident memory.
  private static func measure(_ command: [String]) -> (seconds: Double, peakMiB: Double) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = command.map { strdup($0) } + [nil]
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    var pid: pid_t = 0
    let start = Statistics.now()
    let status = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
    precondition(status == 0, "cannot start \(command[0]): \(String(cString: strerror(status)))")
    var usage = rusage()
    var exitStatus: Int32 = 0
    wait4(pid, &exitStatus, 0, &usage)
    let elapsed = Statistics.now() - start
    argv.forEach { free($0) }
    envp.forEach { free($0) }
    posix_spawn_file_actions_destroy(&actions)
    return (elapsed, Double(usage.ru_maxrss) / 1024)
  }

  /// Writes `count` sessions of about 10 kB each; returns the bytes written.
  static func generate(_ count: Int, into folder: URL) -> Int {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var total = 0
    for index in 0..<count {
      let session = SessionGenerator(index: index)
      let data = session.fileData()
      let url = folder.appendingPathComponent(session.id + ".jsonl")
      _ = FileManager.default.createFile(atPath: url.path, contents: data)
      total += data.count
    }
    return total
  }
}

/// One generated session of the shape of the bundled scenarios, varied by its index.
private struct SessionGenerator {
  var index: Int

  var id: String {
    let day = 1 + index % 28
    let seconds = index % 86_400
    let time = String(format: "%02d%02d%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    return String(format: "202611%02d-", day) + time + "-self-doubt-"
      + String(format: "%04x", index)
  }

  private static let names = ["Ana", "Ben", "Chi", "Dana", "Eli", "Femi", "Gus", "Hana"]
  private static let steps = [
    "opening", "examples", "strengths", "mentee", "support", "plan", "next-step",
  ]
  private static let answers = [
    "I felt like a fraud when my mentee asked me about fellowships, I never did one",
    "Clinics and the rota leave no protected time, our meetings keep getting cancelled",
    "She messages me late at night and I feel I have to answer straight away",
    "I am also his educational supervisor and I have to sign off his portfolio",
    "I listen well and I remember what it was like to be a new registrar",
    "We agreed to meet every other Tuesday for thirty minutes with an agenda",
    "Ask my own supervisor how she handled the first year of mentoring",
  ]
  private static let tags = [
    ["doubt.impostor"], ["time.overload", "time.cancelling"], ["boundary.availability"],
    ["boundary.dual-role"], ["doubt.strength"], ["time.plan"], ["x-next-step"],
  ]

  func fileData() -> Data {
    var events: [TranscriptEvent.Payload] = []
    let name = Self.names[index % Self.names.count]
    let scenario = ScenarioInfo(
      id: "self-doubt", version: "3", hash: String(repeating: "ab", count: 32),
      title: "Feeling like an impostor")
    events.append(
      .started(
        SessionStarted(
          session: id, scenario: scenario, mode: .practice,
          workshop: index % 5 == 0 ? "W-\(index % 50)" : nil, name: name, program: "0.1.0")))
    events.append(.said(CoachSaid(step: "rating-before", text: "From 1 to 10?", kind: .question)))
    events.append(
      .answered(
        Answer(step: "rating-before", input: "\(3 + index % 4)", kind: .scale, value: 3 + index % 4)
      ))
    for round in 0..<2 {
      for (number, step) in Self.steps.enumerated() {
        let text = "Tell me more about \(step) (\(round + 1))?"
        events.append(.said(CoachSaid(step: step, text: text, kind: .question)))
        let answer = Self.answers[(number + index + round) % Self.answers.count]
        events.append(
          .answered(
            Answer(
              step: step, input: answer + " (\(index)-\(round))", kind: .text,
              rule: "self-doubt.yaml:\(20 + number)", tags: Self.tags[(number + index) % 7])))
        events.append(
          .said(CoachSaid(step: step, text: "That matters.", kind: .reflect)))
      }
    }
    events.append(.note(text: "Remember to ask my supervisor about session \(index)"))
    if index % 50 == 0 {
      events.append(
        .safety(
          SafetyFlag(step: "support", input: "Some days I can't go on", tags: ["safety-risk"])))
    }
    events.append(.said(CoachSaid(step: "rating-after", text: "And now?", kind: .question)))
    events.append(
      .answered(
        Answer(step: "rating-after", input: "\(5 + index % 5)", kind: .scale, value: 5 + index % 5))
    )
    events.append(.ended(completed: index % 7 != 0))
    var data = Data()
    let day = Double(index % 28) * 86_400
    let start = Date(timeIntervalSince1970: 1_793_491_200 + day + Double(index % 86_400))
    for (seq, payload) in events.enumerated() {
      let event = TranscriptEvent(
        seq: seq, time: start.addingTimeInterval(Double(seq)), payload: payload)
      if let line = try? event.encodedLine() { data.append(line) }
    }
    return data
  }
}
