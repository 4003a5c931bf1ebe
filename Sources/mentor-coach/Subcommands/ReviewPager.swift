import Foundation
import Transcript

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows long text through `$PAGER` (default `less`) when standard output is a terminal, and
/// writes it straight out otherwise, with `--no-pager`, or when the pager cannot start.
///
/// The pager runs in the terminal's foreground process group, as git runs its pager: it is
/// spawned with `posix_spawn` and no `POSIX_SPAWN_SETPGROUP`, so it stays in our process group
/// and may read keys from the terminal. (Foundation's `Process` puts the child in a group of
/// its own, and the terminal then stops `less` as a background reader.) `LESS=FRX` is set
/// unless the user set `LESS`: quit at once when the text fits, no screen clearing, raw
/// control characters (there are none: the text has already been sanitised).
enum ReviewPager {
  /// The pager to run, or why there is none.
  enum Choice: Equatable {
    /// Write the text straight out.
    case none
    /// Run this shell command with the text on its standard input.
    case command(String)
    /// `$PAGER` names a program that cannot be found: say so, then write the text out.
    case missing(program: String)
  }

  /// Shows `text`, through the pager where there should be one.
  ///
  /// - Parameters:
  ///   - text: The text, already sanitised for the terminal.
  ///   - allowed: `false` for `--no-pager`.
  static func show(_ text: String, allowed: Bool = true) {
    let variables = ProcessInfo.processInfo.environment
    let choice = choose(
      environment: variables, isTerminal: isatty(STDOUT_FILENO) == 1 && allowed,
      isRunnable: isRunnable)
    switch choice {
    case .none:
      Console.out(text)
    case .missing(let program):
      Console.error(
        "mentor-coach: the pager '\(Sanitizer.forTerminal(program))' named by PAGER was not "
          + "found; showing the text without it")
      Console.out(text)
    case .command(let command):
      if !run(command, text: text, environment: pagerEnvironment(variables)) {
        Console.out(text)
      }
    }
  }

  /// Which pager to use, from the environment, whether standard output is a terminal and
  /// whether a program can be run.
  ///
  /// No pager off a terminal, for `PAGER=` (empty) or `PAGER=cat`. An unset `PAGER` means
  /// `less` when it is installed and no pager otherwise; a `PAGER` whose program is missing is
  /// reported.
  static func choose(
    environment: [String: String], isTerminal: Bool, isRunnable: (String) -> Bool
  ) -> Choice {
    guard isTerminal else { return .none }
    guard let setting = environment["PAGER"] else {
      return isRunnable("less") ? .command("less") : .none
    }
    let command = setting.trimmingCharacters(in: .whitespaces)
    guard let program = command.split(whereSeparator: \.isWhitespace).first.map(String.init),
      program != "cat"
    else { return .none }
    return isRunnable(program) ? .command(command) : .missing(program: program)
  }

  /// The pager's environment: ours, with `LESS=FRX` and `LV=-c` unless already set.
  static func pagerEnvironment(_ variables: [String: String]) -> [String: String] {
    var variables = variables
    if variables["LESS"] == nil { variables["LESS"] = "FRX" }
    if variables["LV"] == nil { variables["LV"] = "-c" }
    return variables
  }

  /// Whether `program` is an executable file, by path when it holds a slash, else on `PATH`.
  private static func isRunnable(_ program: String) -> Bool {
    if program.contains("/") { return access(program, X_OK) == 0 }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { folder in
      access("\(folder)/\(program)", X_OK) == 0
    }
  }

  /// Runs `command` through `/bin/sh` with `text` on its standard input and waits for it.
  ///
  /// Ctrl-C and Ctrl-\ reach the pager, which handles them; we ignore them meanwhile, as git
  /// does, and restore our handlers afterwards.
  ///
  /// - Returns: `false` when the pager could not be started (nothing was shown).
  private static func run(_ command: String, text: String, environment: [String: String]) -> Bool {
    var descriptors: [Int32] = [-1, -1]
    guard pipe(&descriptors) == 0 else { return false }
    let (readEnd, writeEnd) = (descriptors[0], descriptors[1])
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, readEnd)
    posix_spawn_file_actions_addclose(&actions, writeEnd)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // No POSIX_SPAWN_SETPGROUP: the pager must share the terminal's foreground group.
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGTSTP, SIGWINCH] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let arguments = ["/bin/sh", "-c", command]
    let variables = environment.map { "\($0.key)=\($0.value)" }
    var child: pid_t = 0
    let status = withCStrings(arguments) { argv in
      withCStrings(variables) { envp in
        posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
      }
    }
    close(readEnd)
    guard status == 0 else {
      close(writeEnd)
      return false
    }
    let previous = (signal(SIGINT, SIG_IGN), signal(SIGQUIT, SIG_IGN), signal(SIGPIPE, SIG_IGN))
    writeAll(Array(text.utf8), to: writeEnd)
    close(writeEnd)
    var exitStatus: Int32 = 0
    while waitpid(child, &exitStatus, 0) < 0 && errno == EINTR {}
    signal(SIGINT, previous.0)
    signal(SIGQUIT, previous.1)
    signal(SIGPIPE, previous.2)
    return true
  }

  /// Writes every byte, stopping early when the pager has quit (`EPIPE`).
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }

  /// Calls `body` with a NULL-terminated array of C strings that lives for the call.
  private static func withCStrings<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
  ) -> Result {
    let pointers = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
      capacity: strings.count + 1)
    for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
    pointers[strings.count] = nil
    defer {
      for index in 0..<strings.count { free(pointers[index]) }
      pointers.deallocate()
    }
    return body(pointers)
  }
}
