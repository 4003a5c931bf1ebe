public import Foundation
import Glibc

/// Runs a program on a new pseudo-terminal and talks to it like a person at a keyboard.
///
/// The child is a session leader with the terminal as its controlling terminal, so Ctrl-C
/// (`"\u{3}"`) typed with ``send(_:)`` raises SIGINT in it, as in a real terminal. Output is
/// accumulated in ``transcript``. Assert on content, never on timing: every wait has a generous
/// timeout and fails with what was seen.
///
/// ```swift
/// let runner = try PTYRunner(executable: "/bin/cat")
/// try runner.send("hello\n")
/// try runner.expect("hello")
/// ```
public final class PTYRunner {
  /// The child's process id.
  public let pid: pid_t
  /// Everything the child has written so far, decoded as UTF-8 (invalid bytes become U+FFFD).
  public var transcript: String { String(decoding: output, as: UTF8.self) }

  private var master: Int32
  private var output: [UInt8] = []
  private var exitStatus: Int32?

  /// Starts `executable` on a new 80×24 pseudo-terminal.
  ///
  /// - Parameters:
  ///   - executable: The absolute path of the program.
  ///   - arguments: Its arguments, without the program name.
  ///   - environment: Its environment; the test's environment when `nil`. `TERM` is set to
  ///     `xterm` when missing.
  /// - Throws: ``PTYRunnerError`` when the terminal or the process cannot be created.
  public init(
    executable: String, arguments: [String] = [], environment: [String: String]? = nil
  ) throws {
    var environment = environment ?? ProcessInfo.processInfo.environment
    if environment["TERM"] == nil { environment["TERM"] = "xterm" }
    // Everything the child touches is allocated before fork: after fork only
    // async-signal-safe calls are allowed.
    let argv = CStringArray([executable] + arguments)
    let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
    guard let path = strdup(executable) else {
      throw PTYRunnerError(message: "out of memory", transcript: "")
    }
    defer { free(path) }
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    var masterDescriptor: Int32 = -1
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    let child = forkpty(&masterDescriptor, nil, nil, &size)
    if child == 0 {
      // In the child: undo blocked and ignored signals inherited from the test process.
      sigprocmask(SIG_SETMASK, &emptyMask, nil)
      for signal in 1..<32 where signal != SIGKILL && signal != SIGSTOP {
        Glibc.signal(Int32(signal), SIG_DFL)
      }
      execve(path, argv.pointers, envp.pointers)
      _exit(127)
    }
    guard child > 0 else {
      throw PTYRunnerError(message: "forkpty failed: errno \(errno)", transcript: "")
    }
    pid = child
    master = masterDescriptor
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    if master >= 0 { Glibc.close(master) }
  }

  /// Types `text` into the terminal.
  ///
  /// - Parameter text: The keys, as UTF-8; use `"\u{3}"` for Ctrl-C, `"\u{4}"` for Ctrl-D,
  ///   `"\t"` for Tab and `"\u{1B}[A"` for Up.
  /// - Throws: ``PTYRunnerError`` if the write fails.
  public func send(_ text: String) throws {
    var bytes = Array(text.utf8)
    while !bytes.isEmpty {
      let written = write(master, bytes, bytes.count)
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw failure("write to the terminal failed: errno \(errno)")
      }
      bytes.removeFirst(written)
    }
  }

  /// Reads output until `text` appears in the transcript (at least `count` times).
  ///
  /// - Parameters:
  ///   - text: The text to wait for.
  ///   - count: How many occurrences the whole transcript must hold.
  ///   - timeout: How long to wait.
  /// - Returns: The transcript so far.
  /// - Throws: ``PTYRunnerError`` with the transcript when the time runs out or the child
  ///   closes the terminal first.
  @discardableResult
  public func expect(
    _ text: String, count: Int = 1, timeout: Duration = .seconds(20)
  ) throws -> String {
    let deadline = ContinuousClock.now + timeout
    func seen() -> Bool { transcript.components(separatedBy: text).count > count }
    while !seen() {
      guard ContinuousClock.now < deadline else {
        throw failure("timed out waiting for \(String(reflecting: text)) (\(count)×)")
      }
      if !pump(milliseconds: 100) && !seen() {
        throw failure("the program closed the terminal before \(String(reflecting: text))")
      }
    }
    return transcript
  }

  /// Waits until the program has turned canonical mode off, as a line editor does.
  ///
  /// Keys sent earlier would be echoed by the kernel as well as by the editor.
  ///
  /// - Parameter timeout: How long to wait.
  /// - Throws: ``PTYRunnerError`` when the time runs out.
  public func waitForRawMode(timeout: Duration = .seconds(20)) throws {
    let deadline = ContinuousClock.now + timeout
    var settings = termios()
    while true {
      if tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0 { return }
      guard ContinuousClock.now < deadline else {
        throw failure("timed out waiting for the terminal to leave canonical mode")
      }
      _ = pump(milliseconds: 50)
    }
  }

  /// Closes the terminal, as closing a terminal window does: the child gets SIGHUP and its
  /// reads and writes on the terminal fail from then on.
  public func closeTerminal() {
    guard master >= 0 else { return }
    Glibc.close(master)
    master = -1
  }

  /// Sends `signal` to the child process only.
  ///
  /// - Parameter signal: For example `SIGTERM`.
  public func sendSignal(_ signal: Int32) {
    kill(pid, signal)
  }

  /// Waits for the child to exit, draining its output meanwhile.
  ///
  /// - Parameter timeout: How long to wait before giving up.
  /// - Returns: The exit code, or 128 plus the signal number if a signal killed it (the shell's
  ///   convention).
  /// - Throws: ``PTYRunnerError`` when the time runs out.
  public func waitForExit(timeout: Duration = .seconds(20)) throws -> Int32 {
    if let exitStatus { return exitStatus }
    let deadline = ContinuousClock.now + timeout
    while true {
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        while pump(milliseconds: 0) {}
        let code = Self.decode(status)
        exitStatus = code
        return code
      }
      guard ContinuousClock.now < deadline else {
        throw failure("timed out waiting for process \(pid) to exit")
      }
      _ = pump(milliseconds: 50)
    }
  }

  /// Reads whatever is available; returns `false` once the terminal is closed.
  private func pump(milliseconds: Int32) -> Bool {
    guard master >= 0 else {
      usleep(useconds_t(milliseconds) * 1000)
      return false
    }
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, milliseconds)
    if ready <= 0 { return ready == 0 || errno == EINTR }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    if count > 0 {
      output.append(contentsOf: buffer[0..<count])
      return true
    }
    return count < 0 && (errno == EINTR || errno == EAGAIN)
  }

  private func failure(_ message: String) -> PTYRunnerError {
    PTYRunnerError(message: message, transcript: transcript)
  }

  private static func decode(_ status: Int32) -> Int32 {
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}

/// Why a ``PTYRunner`` operation failed, with what the program had written by then.
public struct PTYRunnerError: Error, CustomStringConvertible {
  /// What went wrong.
  public var message: String
  /// The program's output up to the failure.
  public var transcript: String

  /// The message followed by the transcript, with escapes made visible.
  public var description: String {
    "\(message); output so far: \(String(reflecting: transcript))"
  }
}

/// A NULL-terminated array of C strings that lives as long as the value.
private final class CStringArray {
  let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

  init(_ strings: [String]) {
    pointers = .allocate(capacity: strings.count + 1)
    for (index, string) in strings.enumerated() {
      pointers[index] = strdup(string)
    }
    pointers[strings.count] = nil
    self.count = strings.count
  }

  private let count: Int

  deinit {
    for index in 0..<count { free(pointers[index]) }
    pointers.deallocate()
  }
}
