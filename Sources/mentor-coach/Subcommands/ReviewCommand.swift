import ArgumentParser
import Foundation
import Review
import Transcript

extension MentorCoach {
  /// `review`: read the transcripts afterwards.
  struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review", abstract: "Read the transcripts of past sessions.",
      subcommands: [ListSessions.self, Show.self])
  }
}

/// Options of every `review` command: where the transcripts are.
struct ReviewSources: ParsableArguments {
  @Option(
    name: .customLong("from"),
    help: ArgumentHelp("Another folder of session files (repeatable).", valueName: "dir"))
  var folders: [String] = []

  @OptionGroup var common: CommonOptions

  func index() throws -> SessionIndex {
    let environment = try common.environment()
    return SessionIndex(
      home: environment.home, extraFolders: folders.map { URL(fileURLWithPath: $0) })
  }

  /// Prints the problems of unreadable files once, to standard error.
  static func report(_ problems: [SessionIndex.Problem]) {
    for problem in problems {
      Console.error(
        "mentor-coach: skipped \(Sanitizer.forTerminal(problem.url.path)): \(problem.message)")
    }
  }
}

extension MentorCoach.ReviewCommand {
  /// `review list`: one line per session.
  struct ListSessions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the sessions, oldest first.")

    @OptionGroup var sources: ReviewSources

    func run() throws {
      let (summaries, problems) = try sources.index().summaries()
      ReviewSources.report(problems)
      Console.out(SessionListRenderer(showsSessionID: true).render(summaries))
    }
  }

  /// `review show`: one session as a readable transcript.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show one session as a readable transcript.")

    @Argument(
      help: ArgumentHelp("The session id, a unique start of it, or a file.", valueName: "session"))
    var session: String
    @OptionGroup var sources: ReviewSources

    func run() throws {
      let url = try sources.index().locate(session)
      let log = try TranscriptReader.read(url)
      Console.out(TranscriptRenderer().render(log))
    }
  }
}
