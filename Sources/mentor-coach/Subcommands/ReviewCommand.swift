import ArgumentParser
import CoachKit
import Foundation
import Programme
import Review
import Transcript

extension MentorCoach {
  /// `review`: read the transcripts afterwards.
  struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review", abstract: "Read the transcripts of past sessions.",
      subcommands: [ListSessions.self, Show.self, Search.self, Export.self, Report.self])
  }
}

/// Options of every `review` command: where the transcripts are.
struct ReviewSources: ParsableArguments {
  @Option(
    name: .customLong("from"),
    help: ArgumentHelp("Another folder of session files (repeatable).", valueName: "dir"))
  var folders: [String] = []

  @Option(
    help: ArgumentHelp(
      "Read the sessions shared in this programme database instead of files.", valueName: "url"))
  var db: String?

  @OptionGroup var common: CommonOptions

  /// The programme database's sessions, when `--db` was given.
  func catalog() throws -> DatabaseCatalog? {
    guard let db else { return nil }
    let variables = try common.environment().variables
    return try DatabaseCatalog(
      database: Database(ConnectionString.resolve(option: db, environment: variables)))
  }

  /// One session by its id, a unique start of it, or (from files) a path.
  func log(_ session: String) throws -> SessionLog {
    if let catalog = try catalog() { return try catalog.log(session) }
    return try TranscriptReader.read(index().locate(session))
  }

  /// The sessions of the data folder and of each `--from` folder, which must exist: a typo
  /// would otherwise read as a folder with no sessions.
  func index() throws -> SessionIndex {
    for folder in folders {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
        throw Failure.input("--from \(folder): there is no such folder")
      }
      guard isFolder.boolValue else {
        throw Failure.input("--from \(folder): this is a file, not a folder of sessions")
      }
    }
    let environment = try common.environment()
    DataFolderCheck.warnIfOpen(environment.home)
    return SessionIndex(
      home: environment.home, extraFolders: folders.map { URL(fileURLWithPath: $0) })
  }

  /// For `--redact`: everyone named in the sessions read (files or the database), so that a
  /// person mentioned in a session they took no part in is replaced too.
  func otherNames(redacting: Bool) throws -> [String] {
    guard redacting else { return [] }
    if let catalog = try catalog() {
      return SessionIndex.names(try catalog.summaries().map(\.started))
    }
    return try index().names()
  }

  /// What a report takes from the scenario library, read once: the theme tags in plain words
  /// and each scenario found in outline (step order, scales, choice labels); empty when
  /// there is no Prompts folder.
  func reportLibrary() -> (tagNames: [String: String], outlines: [String: ScenarioOutline]) {
    guard let library = try? common.environment().library() else { return ([:], [:]) }
    let outlines = library.scenarios.map(ScenarioOutline.init)
    return (
      library.prompts.voice.tagNames,
      Dictionary(outlines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    )
  }

  /// Prints the problems of skipped or partly unreadable files once each, to standard error:
  /// `mentor-coach: PATH: skipped: …` or `mentor-coach: PATH: read with problems: …`.
  static func report(_ problems: [SessionIndex.Problem]) {
    for problem in problems {
      Console.error(
        "mentor-coach: \(Sanitizer.forTerminal(problem.url.path)): \(problem.message)")
    }
  }
}

/// The filters of `review list` and `review report`.
struct ReviewFilters: ParsableArguments {
  @Option(
    help: ArgumentHelp("Only sessions of this scenario.", valueName: "id"),
    completion: Completions.scenarioIDs)
  var scenario: String?
  @Option(help: ArgumentHelp("Only sessions this person took part in.", valueName: "name"))
  var participant: String?
  @Option(help: ArgumentHelp("Only sessions of this workshop.", valueName: "code"))
  var workshop: String?
  @Option(
    help: ArgumentHelp("Only sessions started on or after this day.", valueName: "yyyy-mm-dd"))
  var since: String?
  @Flag(help: "Only sessions that did not end completed.")
  var unfinished = false

  func filter() throws -> SessionFilter {
    var date: Date?
    if let since {
      guard let parsed = SessionFilter.parseDate(since) else {
        throw ValidationError("'\(since)' is not a date like 2026-11-25")
      }
      date = parsed
    }
    return SessionFilter(
      scenario: scenario, participant: participant, workshop: workshop, since: date,
      unfinishedOnly: unfinished)
  }
}
