public import Foundation
import Glibc

/// Runs the built `mentor-coach` binary as a person or a script would, each instance in a
/// sandbox of its own.
///
/// Every instance makes a fresh temporary folder: it is the program's working folder, and its
/// `home` subfolder is passed as `--home`. Runs get `NO_COLOR=1`, `TZ=UTC`, `HOME` set to the
/// folder and no `MENTOR_COACH_*` variables from the test's environment. Standard input,
/// output and error are pipes, so the program reads plain lines and prints no colour.
///
/// The program finds its bundled `Prompts/` and `Scenarios/` by walking up from its own path
/// and from its working folder. To keep tests independent of that content, the instance runs a
/// link (or copy) of the binary placed outside the source tree; tests pass `--prompts` and
/// `--scenarios` themselves.
///
/// ```swift
/// let coach = try BinaryRunner()
/// let result = try coach.run(["list", "--prompts", prompts, "--scenarios", scenarios])
/// #expect(result.status == 0)
/// ```
public final class BinaryRunner {
  /// What one run of the program produced.
  public struct Result: Equatable, Sendable {
    /// The bytes written to standard output.
    public var stdoutData: Data
    /// The bytes written to standard error.
    public var stderrData: Data
    /// The exit code, or 128 plus the signal number if a signal killed the program.
    public var status: Int32

    /// Standard output decoded as UTF-8 (invalid bytes become U+FFFD).
    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    /// Standard error decoded as UTF-8 (invalid bytes become U+FFFD).
    public var stderr: String { String(decoding: stderrData, as: UTF8.self) }
  }

  /// The temporary folder of this instance, the program's working folder.
  ///
  /// It is removed when the instance is released.
  public let folder: URL
  /// The data folder passed as `--home`: `folder/home`, not created in advance.
  public let home: URL
  /// The binary this instance runs.
  public let executable: URL

  /// Creates a sandbox with a fresh temporary folder.
  ///
  /// - Throws: ``BinaryRunnerError`` when the binary has not been built or the folder cannot
  ///   be made.
  public init() throws {
    executable = try Self.isolatedExecutable.get()
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mentor-coach-e2e-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    folder = base.resolvingSymlinksInPath()
    home = folder.appendingPathComponent("home", isDirectory: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// The environment every run gets.
  ///
  /// It is the test's environment without `MENTOR_COACH_*`, `XDG_DATA_HOME` and `COLUMNS`,
  /// plus `NO_COLOR=1`, `TZ=UTC`, `EDITRC=/dev/null` and `HOME` set to ``folder``.
  public var environment: [String: String] {
    var environment = ProcessInfo.processInfo.environment.filter {
      !$0.key.hasPrefix("MENTOR_COACH_") && $0.key != "XDG_DATA_HOME" && $0.key != "COLUMNS"
    }
    environment["NO_COLOR"] = "1"
    environment["HOME"] = folder.path
    environment["EDITRC"] = "/dev/null"
    environment["TZ"] = "UTC"
    return environment
  }

  /// The full argument list of a run: `arguments`, then `--home` and the data folder.
  ///
  /// - Parameters:
  ///   - arguments: The subcommand and its arguments.
  ///   - home: The data folder; ``home`` when `nil`.
  /// - Returns: The arguments to pass to the program.
  public func commandLine(_ arguments: [String], home: URL? = nil) -> [String] {
    arguments + ["--home", (home ?? self.home).path]
  }

  /// Runs the program to the end with `input` on its standard input.
  ///
  /// - Parameters:
  ///   - arguments: The subcommand and its arguments; `--home` is added.
  ///   - input: The bytes to write to standard input, which is then closed.
  ///   - home: Another data folder, instead of ``home``.
  ///   - timeout: How long the program may take.
  /// - Returns: The output, the errors and the exit status.
  /// - Throws: ``BinaryRunnerError`` when the program cannot start or does not finish in time.
  public func run(
    _ arguments: [String], input: Data = Data(), home: URL? = nil,
    timeout: Duration = .seconds(20)
  ) throws -> Result {
    let process = try start(arguments, home: home)
    process.write(input)
    process.closeInput()
    return try process.waitForExit(timeout: timeout)
  }

  /// Runs the program to the end with `input`, encoded as UTF-8, on its standard input.
  ///
  /// - Parameters:
  ///   - arguments: The subcommand and its arguments; `--home` is added.
  ///   - input: The text to write to standard input.
  /// - Returns: The output, the errors and the exit status.
  /// - Throws: ``BinaryRunnerError`` when the program cannot start or does not finish in time.
  public func run(_ arguments: [String], input: String) throws -> Result {
    try run(arguments, input: Data(input.utf8))
  }

  /// Starts the program with pipes and leaves it running.
  ///
  /// - Parameters:
  ///   - arguments: The subcommand and its arguments; `--home` is added.
  ///   - home: Another data folder, instead of ``home``.
  /// - Returns: The running program.
  /// - Throws: ``BinaryRunnerError`` when it cannot be started.
  public func start(_ arguments: [String], home: URL? = nil) throws -> Running {
    try Running(
      executable: executable.path, arguments: commandLine(arguments, home: home),
      environment: environment, directory: folder.path)
  }

  /// Starts the program on a new pseudo-terminal, in ``folder``, as a person at a keyboard.
  ///
  /// `/bin/sh` changes to the folder and then replaces itself with the program, so the
  /// runner's process id is the program's.
  ///
  /// - Parameters:
  ///   - arguments: The subcommand and its arguments; `--home` is added.
  ///   - extraEnvironment: Variables to set (or replace) on top of ``environment``.
  /// - Returns: The runner.
  /// - Throws: ``PTYRunnerError`` when the terminal cannot be made.
  public func startOnTerminal(
    _ arguments: [String], extraEnvironment: [String: String] = [:]
  ) throws -> PTYRunner {
    var environment = self.environment.merging(extraEnvironment) { $1 }
    environment["TERM"] = extraEnvironment["TERM"] ?? "xterm"
    return try PTYRunner(
      executable: "/bin/sh",
      arguments: ["-c", "cd \"$0\" && exec \"$@\"", folder.path, executable.path]
        + commandLine(arguments),
      environment: environment)
  }

  /// The transcript files in `home/sessions`, sorted by name.
  ///
  /// - Returns: Their URLs; empty when the folder does not exist.
  public func sessionFiles() -> [URL] {
    let sessions = home.appendingPathComponent("sessions", isDirectory: true)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? []
    return names.filter { $0.hasSuffix(".jsonl") }.sorted().map {
      sessions.appendingPathComponent($0)
    }
  }

  /// The built binary.
  ///
  /// It is `MENTOR_COACH_BINARY` when set, else `mentor-coach` in the build products folder,
  /// which is `Bundle.main.bundleURL` under `swift test` on Linux (the folder holding the
  /// `.xctest` program), else `.build/debug/mentor-coach` in the package found from this
  /// file's path.
  ///
  /// - Returns: The binary's URL.
  /// - Throws: ``BinaryRunnerError`` when no built binary is found.
  public static func builtExecutable() throws -> URL {
    var candidates: [URL] = []
    if let path = ProcessInfo.processInfo.environment["MENTOR_COACH_BINARY"] {
      candidates.append(URL(fileURLWithPath: path))
    }
    let bundle = Bundle.main.bundleURL
    candidates.append(bundle.appendingPathComponent("mentor-coach"))
    candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("mentor-coach"))
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(package.appendingPathComponent(".build/debug/mentor-coach"))
    let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    if let found { return found }
    throw BinaryRunnerError(
      message: "mentor-coach is not built; looked in \(candidates.map(\.path))", output: "")
  }

  /// The binary linked (or copied) once per test process into a temporary folder outside the
  /// source tree.
  private static let isolatedExecutable = Swift.Result { () throws(any Error) -> URL in
    signal(SIGPIPE, SIG_IGN)
    let built = try builtExecutable()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mentor-coach-bin-\(getpid())-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let copy = folder.appendingPathComponent("mentor-coach")
    if link(built.path, copy.path) != 0 {
      try FileManager.default.copyItem(at: built, to: copy)
    }
    isolatedFolder = folder.path
    atexit { try? FileManager.default.removeItem(atPath: BinaryRunner.isolatedFolder) }
    return copy
  }

  nonisolated(unsafe) private static var isolatedFolder = ""
}

/// Why a ``BinaryRunner`` operation failed, with what the program had written by then.
public struct BinaryRunnerError: Error, CustomStringConvertible {
  /// What went wrong.
  public var message: String
  /// The program's standard output and error up to the failure.
  public var output: String

  /// The message followed by the output, with escapes made visible.
  public var description: String {
    "\(message); output so far: \(String(reflecting: output))"
  }
}

extension BinaryRunner {
  /// A program started by ``BinaryRunner/start(_:home:)``, talking through pipes.
  ///
  /// Input is written and output read in one poll loop, so a program that writes a lot while
  /// a lot is written to it never blocks either side.
  public final class Running {
    /// The program's process id.
    public let pid: pid_t

    private var input: Int32
    private let outputDescriptor: Int32
    /// The output descriptors not yet at end of file.
    private var streams: [Int32]
    private var pending: [UInt8] = []
    private var stdoutData = Data()
    private var stderrData = Data()
    private var exitStatus: Int32?

    init(executable: String, arguments: [String], environment: [String: String], directory: String)
      throws
    {
      var inputPipe: [Int32] = [-1, -1]
      var outputPipe: [Int32] = [-1, -1]
      var errorPipe: [Int32] = [-1, -1]
      guard pipe(&inputPipe) == 0, pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else {
        throw BinaryRunnerError(message: "pipe failed: errno \(errno)", output: "")
      }
      // Other tests start programs concurrently: none of them may inherit these pipes.
      for descriptor in inputPipe + outputPipe + errorPipe {
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
      posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
      posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      // The test process ignores SIGPIPE; the program gets every signal's default action.
      var defaults = sigset_t()
      sigfillset(&defaults)
      sigdelset(&defaults, SIGKILL)
      sigdelset(&defaults, SIGSTOP)
      var emptyMask = sigset_t()
      sigemptyset(&emptyMask)
      posix_spawnattr_setsigdefault(&attributes, &defaults)
      posix_spawnattr_setsigmask(&attributes, &emptyMask)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
      // `/bin/sh` changes to the folder, then replaces itself with the program.
      let shell = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, executable]
      let argv = (shell + arguments).map { strdup($0) } + [nil]
      let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer { (argv + envp).forEach { free($0) } }
      var child: pid_t = 0
      let result = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
      for descriptor in [inputPipe[0], outputPipe[1], errorPipe[1]] { close(descriptor) }
      guard result == 0 else {
        for descriptor in [inputPipe[1], outputPipe[0], errorPipe[0]] { close(descriptor) }
        throw BinaryRunnerError(message: "cannot start \(executable): errno \(result)", output: "")
      }
      pid = child
      input = inputPipe[1]
      _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
      outputDescriptor = outputPipe[0]
      streams = [outputPipe[0], errorPipe[0]]
    }

    deinit {
      if exitStatus == nil {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
      }
      for descriptor in streams + [input] where descriptor >= 0 { close(descriptor) }
    }

    /// Standard output so far, decoded as UTF-8.
    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    /// Standard error so far, decoded as UTF-8.
    public var stderr: String { String(decoding: stderrData, as: UTF8.self) }

    /// Writes `data` to the program's standard input, reading its output meanwhile.
    ///
    /// Returns once everything is written, or at once if the program closed its input. If the
    /// program reads nothing for `timeout`, its input is closed.
    ///
    /// - Parameters:
    ///   - data: The bytes to write.
    ///   - timeout: How long to keep trying.
    public func write(_ data: Data, timeout: Duration = .seconds(20)) {
      let deadline = ContinuousClock.now + timeout
      pending += data
      while !pending.isEmpty && input >= 0 {
        guard ContinuousClock.now < deadline else { return closeInput() }
        pump(milliseconds: 100)
      }
    }

    /// Writes `text`, encoded as UTF-8, to the program's standard input.
    ///
    /// - Parameter text: The text to write.
    public func write(_ text: String) { write(Data(text.utf8)) }

    /// Closes standard input, so the program reads the end of the file.
    public func closeInput() {
      if input >= 0 { close(input) }
      input = -1
      pending = []
    }

    /// Sends `signal` to the program.
    ///
    /// - Parameter signal: For example `SIGKILL`.
    public func sendSignal(_ signal: Int32) { kill(pid, signal) }

    /// Reads output until `condition` holds.
    ///
    /// - Parameters:
    ///   - timeout: How long to wait.
    ///   - condition: Checked about ten times a second.
    /// - Throws: ``BinaryRunnerError`` with the output when the time runs out.
    public func wait(timeout: Duration = .seconds(20), until condition: () throws -> Bool) throws {
      let deadline = ContinuousClock.now + timeout
      while try !condition() {
        guard ContinuousClock.now < deadline else { throw failure("timed out waiting") }
        pump(milliseconds: 100)
      }
    }

    /// Waits for the program to exit, reading all of its output.
    ///
    /// - Parameter timeout: How long to wait; then the program is killed.
    /// - Returns: The output, the errors and the exit status.
    /// - Throws: ``BinaryRunnerError`` with the output when the time runs out.
    public func waitForExit(timeout: Duration = .seconds(20)) throws -> Result {
      let deadline = ContinuousClock.now + timeout
      while exitStatus == nil || !streams.isEmpty {
        if exitStatus == nil {
          var status: Int32 = 0
          if waitpid(pid, &status, WNOHANG) == pid {
            let signal = status & 0x7F
            exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
          }
        }
        guard ContinuousClock.now < deadline else {
          throw failure("timed out waiting for process \(pid) to exit")
        }
        pump(milliseconds: 50)
      }
      return Result(stdoutData: stdoutData, stderrData: stderrData, status: exitStatus ?? -1)
    }

    /// Writes pending input and reads available output, waiting at most `milliseconds`.
    private func pump(milliseconds: Int32) {
      var descriptors = streams.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      if input >= 0 && !pending.isEmpty {
        descriptors.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0))
      }
      guard !descriptors.isEmpty else {
        usleep(UInt32(milliseconds) * 1000)
        return
      }
      guard poll(&descriptors, nfds_t(descriptors.count), milliseconds) > 0 else { return }
      for descriptor in descriptors where descriptor.revents != 0 {
        if descriptor.fd == input { writePending() } else { read(descriptor.fd) }
      }
    }

    private func writePending() {
      let written = pending.withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
      if written > 0 {
        pending.removeFirst(written)
      } else if written < 0 && errno != EAGAIN && errno != EINTR {
        closeInput()
      }
    }

    private func read(_ descriptor: Int32) {
      var buffer = [UInt8](repeating: 0, count: 65536)
      let count = Glibc.read(descriptor, &buffer, buffer.count)
      if count > 0 {
        if descriptor == outputDescriptor {
          stdoutData.append(contentsOf: buffer[0..<count])
        } else {
          stderrData.append(contentsOf: buffer[0..<count])
        }
      } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
        close(descriptor)
        streams.removeAll { $0 == descriptor }
      }
    }

    private func failure(_ message: String) -> BinaryRunnerError {
      BinaryRunnerError(message: message, output: stdout + stderr)
    }
  }
}
