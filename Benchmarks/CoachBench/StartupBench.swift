import Foundation

/// Time from start to the first question, with stdin a pipe left open, against a hello world
/// that prints one line and waits for input; and the peak memory of each.
struct StartupBench {
  var binary: String
  var hello: String
  var runs = 40

  func run() {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-\(getpid())")
    let coach = [binary, "practice", "time-management", "--home", home.path]
    var coachTimes: [Double] = []
    var helloTimes: [Double] = []
    var coachMemory: [Double] = []
    var helloMemory: [Double] = []
    for _ in 0..<runs {
      let (helloTime, helloRSS) = measure([hello], until: "hello")
      let (coachTime, coachRSS) = measure(coach, until: "?")
      helloTimes.append(helloTime)
      coachTimes.append(coachTime)
      helloMemory.append(helloRSS)
      coachMemory.append(coachRSS)
    }
    try? FileManager.default.removeItem(at: home)
    let coachMedian = Statistics.median(coachTimes)
    let helloMedian = Statistics.median(helloTimes)
    print("start to first question (\(runs) runs, interleaved)")
    print(
      "  mentor-coach practice: median \(Statistics.milliseconds(coachMedian)), peak memory \(String(format: "%.1f", Statistics.median(coachMemory))) MiB"
    )
    print(
      "  hello world (baseline): median \(Statistics.milliseconds(helloMedian)), peak memory \(String(format: "%.1f", Statistics.median(helloMemory))) MiB"
    )
    print(
      String(format: "  ratio: %.2fx the baseline (goal: 2x or less)", coachMedian / helloMedian))
  }

  /// Starts the command, waits until its output contains `marker`, then ends it.
  private func measure(_ command: [String], until marker: String) -> (
    seconds: Double, peakMiB: Double
  ) {
    var input: [Int32] = [0, 0]
    var output: [Int32] = [0, 0]
    pipe(&input)
    pipe(&output)
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, input[0], 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_addclose(&actions, input[1])
    posix_spawn_file_actions_addclose(&actions, output[0])
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    var pid: pid_t = 0
    let start = Statistics.now()
    let status = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
    precondition(status == 0, "cannot start \(command[0]): \(String(cString: strerror(status)))")
    close(input[0])
    close(output[1])
    var seen = ""
    var buffer = [UInt8](repeating: 0, count: 4096)
    var elapsed = Double.nan
    while true {
      let count = read(output[0], &buffer, buffer.count)
      if count <= 0 { break }
      seen += String(decoding: buffer[0..<count], as: UTF8.self)
      if seen.contains(marker) {
        elapsed = Statistics.now() - start
        break
      }
    }
    close(input[1])
    kill(pid, SIGTERM)
    var usage = rusage()
    var exitStatus: Int32 = 0
    wait4(pid, &exitStatus, 0, &usage)
    close(output[0])
    argv.forEach { free($0) }
    envp.forEach { free($0) }
    precondition(!elapsed.isNaN, "\(command[0]) ended before printing '\(marker)': \(seen)")
    return (elapsed, Double(usage.ru_maxrss) / 1024)
  }
}
