import ArgumentParser
import CoachKit
import Foundation

/// The root command: with no subcommand in a terminal it opens the home screen.
@main
struct MentorCoach: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "mentor-coach",
    abstract: "A coach for clinicians who are becoming mentors: practise, run workshops, review.",
    // One line per paragraph: the help is wrapped to the terminal's width when shown.
    discussion: """
      Run with no arguments to open the home screen. Answers are kept in transcripts under the \
      data folder (--home, MENTOR_COACH_HOME, or ~/.local/share/mentor-coach).
      """,
    version: version,
    subcommands: [
      Practice.self, Resume.self, Workshop.self, List.self, Validate.self, Test.self, Explain.self,
      Graph.self, New.self,
      ReviewCommand.self, Share.self, ProgrammeCommand.self,
    ]
  )

  @OptionGroup var common: CommonOptions

  func run() throws {
    let environment = try common.environment()
    try Home(environment: environment).run()
  }

  /// Parses, runs, and turns every failure into a message and an exit code in one place:
  /// 0 success, 1 a check failed, 2 bad usage or bad input.
  static func main() {
    // `--version` alone is answered before the parser starts, which looks up protocol
    // conformances across the whole binary: it is the one command whose cost is all start-up.
    if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
      return Console.out(version)
    }
    ProcessSignals.prepare()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch {
      guard Failure.isOurs(error) else {
        // Usage errors, help and version come from the parser: help exits 0, misuse 2.
        let message = fullMessage(for: error)
        if exitCode(for: error) == .success {
          Console.out(message)
          Foundation.exit(0)
        }
        Console.error(message)
        Foundation.exit(2)
      }
      Foundation.exit(Failure.report(error))
    }
  }
}
