import Foundation
import TestSupport

/// Runs the built program through `/bin/sh`, for what pipes from ``BinaryRunner`` cannot
/// express: standard output on `/dev/full`, a pipe whose reader has gone, limits set with
/// `ulimit`.
enum Shell {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `script` with `$0` set to the program and `"$@"` to `arguments` plus `--home`.
  ///
  /// - Parameters:
  ///   - script: For example `exec "$0" "$@" > /dev/full`.
  ///   - arguments: The subcommand and its arguments.
  ///   - coach: The sandbox whose program, environment and data folder are used.
  ///   - input: What to write to standard input.
  /// - Returns: The exit status (128 + the signal when one ended it) and both outputs.
  /// - Throws: When the shell cannot be started or its input written.
  static func run(
    _ script: String, _ arguments: [String], coach: BinaryRunner, input: String = ""
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, coach.executable.path] + coach.commandLine(arguments)
    process.environment = coach.environment
    process.currentDirectoryURL = coach.folder
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let status =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
    return Result(
      status: status, stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self))
  }
}
