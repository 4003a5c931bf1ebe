import ArgumentParser
import Programme

extension MentorCoach {
  /// `programme`: set up a programme's PostgreSQL database.
  struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "programme", abstract: "Set up a programme's PostgreSQL database.",
      subcommands: [Init.self, Grant.self])
  }
}

/// Where the programme database is: `--db`, else `MENTOR_COACH_DB`, else the config file.
struct DatabaseOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The programme database, a postgresql:// URL (also MENTOR_COACH_DB or ~/.config/mentor-coach/db).",
      valueName: "url"))
  var db: String?

  func connect(variables: [String: String]) throws -> Database {
    try Database(ConnectionString.resolve(option: db, environment: variables))
  }
}

extension MentorCoach.ProgrammeCommand {
  /// `programme init`: create or upgrade the schema.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create the programme database's tables, or bring them up to date.")

    @OptionGroup var database: DatabaseOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      let connection = try database.connect(variables: environment.variables)
      let migrator = SchemaMigrator()
      let applied = try migrator.migrate(connection)
      for migration in applied {
        Console.out("applied schema version \(migration.version): \(migration.name)")
      }
      Console.out(
        "the programme database at \(connection.target.redacted) is at schema version \(migrator.latestVersion)"
          + (applied.isEmpty ? " (already up to date)" : ""))
    }
  }

  /// `programme grant`: print the SQL that creates the roles.
  struct Grant: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Print the SQL a database administrator runs to create the mentor and reviewer roles.")

    @Option(help: ArgumentHelp("A mentor's login role to create (repeatable).", valueName: "name"))
    var mentor: [String] = []
    @Option(
      help: ArgumentHelp("A reviewer's login role to create (repeatable).", valueName: "name"))
    var reviewer: [String] = []

    func validate() throws {
      for name in mentor + reviewer where !Grants.isValidRoleName(name) {
        throw ValidationError(
          "'\(name)' is not a role name: use letters, digits, '_', '.', '-' or '@', starting with a letter, at most 63"
        )
      }
    }

    func run() throws {
      Console.out(Grants.sql(mentors: mentor, reviewers: reviewer))
    }
  }
}
