import Foundation

/// Start-up against a hello world built the same way (static runtime, release): the first
/// question of `practice`, `list` to its end and `--version` to its end; and each one's own
/// peak memory, from the rusage `wait4` returns for the child.
struct StartupBench {
  var binary: String
  var hello: String
  var runs = 40

  func run() {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-\(getpid())")
    let cases: [(name: String, command: [String], marker: String?, goal: Double)] = [
      (
        "practice, to the first question",
        [binary, "practice", "time-management", "--home", home.path], "?", 2
      ),
      ("list, to its end", [binary, "list"], nil, 2),
      ("--version, to its end", [binary, "--version"], nil, 1.5),
    ]
    var times = Array(repeating: [Double](), count: cases.count)
    var memory = Array(repeating: [Double](), count: cases.count)
    var helloToLine: [Double] = []
    var helloToEnd: [Double] = []
    var helloMemory: [Double] = []
    for _ in 0..<runs {
      let (toLine, helloRSS) = Child.measure([hello], until: "hello")
      let (toEnd, _) = Child.measure([hello], until: nil)
      helloToLine.append(toLine)
      helloToEnd.append(toEnd)
      helloMemory.append(helloRSS)
      for (index, item) in cases.enumerated() {
        let (seconds, peak) = Child.measure(item.command, until: item.marker)
        times[index].append(seconds)
        memory[index].append(peak)
      }
    }
    try? FileManager.default.removeItem(at: home)
    print("start-up (\(runs) interleaved runs; medians; peak memory is each child's own)")
    let lineBase = Statistics.median(helloToLine)
    let endBase = Statistics.median(helloToEnd)
    print(
      "  hello world (baseline): to its line \(Statistics.milliseconds(lineBase)), to its end "
        + "\(Statistics.milliseconds(endBase)), peak memory "
        + String(format: "%.1f MiB", Statistics.median(helloMemory)))
    for (index, item) in cases.enumerated() {
      let median = Statistics.median(times[index])
      let base = item.marker == nil ? endBase : lineBase
      print(
        String(
          format: "  %@: %@, peak memory %.1f MiB; %.2fx the baseline (goal: %.1fx or less)",
          item.name, Statistics.milliseconds(median), Statistics.median(memory[index]),
          median / base, item.goal))
    }
  }
}

/// Runs one child and measures it.
enum Child {
  /// Runs the command with pipes until its output contains `marker`, or until it exits.
  ///
  /// With no marker, its input (`input`, then end of file) is closed at once. Returns the time
  /// taken and the child's own peak resident memory, from `wait4`.
  static func measure(_ command: [String], until marker: String?, input: String = "") -> (
    seconds: Double, peakMiB: Double
  ) {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    pipe(&toChild)
    pipe(&fromChild)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    posix_spawn_file_actions_addclose(&actions, toChild[1])
    posix_spawn_file_actions_addclose(&actions, fromChild[0])
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    var pid: pid_t = 0
    let start = Statistics.now()
    let status = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
    precondition(status == 0, "cannot start \(command[0]): \(String(cString: strerror(status)))")
    close(toChild[0])
    close(fromChild[1])
    if !input.isEmpty { _ = input.withCString { write(toChild[1], $0, strlen($0)) } }
    if marker == nil { close(toChild[1]) }
    var seen = ""
    var buffer = [UInt8](repeating: 0, count: 65536)
    var elapsed = Double.nan
    while true {
      let count = read(fromChild[0], &buffer, buffer.count)
      if count <= 0 { break }
      if let marker {
        seen += String(decoding: buffer[0..<count], as: UTF8.self)
        if seen.contains(marker) {
          elapsed = Statistics.now() - start
          break
        }
      }
    }
    if marker != nil {
      close(toChild[1])
      kill(pid, SIGTERM)
    }
    var usage = rusage()
    var exitStatus: Int32 = 0
    wait4(pid, &exitStatus, 0, &usage)
    if marker == nil { elapsed = Statistics.now() - start }
    close(fromChild[0])
    argv.forEach { free($0) }
    envp.forEach { free($0) }
    posix_spawn_file_actions_destroy(&actions)
    precondition(!elapsed.isNaN, "\(command[0]) ended before printing '\(marker ?? "")': \(seen)")
    return (elapsed, Double(usage.ru_maxrss) / 1024)
  }
}
