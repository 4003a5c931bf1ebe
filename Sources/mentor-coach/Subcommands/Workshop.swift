import ArgumentParser
import CoachKit
import Foundation
import Programme
import Transcript

extension MentorCoach {
  /// `workshop`: run a scenario for a room, collecting each participant's answers.
  struct Workshop: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run a scenario for a room: each participant answers in turn.")

    @Argument(
      help: "The scenario id (see 'mentor-coach list').", completion: Completions.scenarioIDs)
    var scenario: String
    @Option(help: ArgumentHelp("The participants' names, separated by commas.", valueName: "names"))
    var participants: String
    @Option(help: ArgumentHelp("A title shown at the top and in the report.", valueName: "text"))
    var title: String?
    @Option(
      help: ArgumentHelp(
        "A workshop code; participants' own sessions with it join the report.", valueName: "code"))
    var code: String?
    @Flag(help: "Hide the facilitator notes (for a projected screen).") var noNotes = false
    @Option(
      help: ArgumentHelp(
        "Also send the facilitator notes and safety guidance here, away from the room's screen: a second terminal such as /dev/pts/3, or a file.",
        valueName: "path"))
    var notesTo: String?
    @Flag(
      help:
        "Share this session with the programme database when the workshop ends (finished or paused): the facilitator's consent, recorded in the transcript."
    )
    var share = false
    @Option(
      help: ArgumentHelp(
        "With --share: the programme database, a postgresql:// URL (also MENTOR_COACH_DB or ~/.config/mentor-coach/db).",
        valueName: "url"))
    var to: String?
    @Flag(help: "With --share: replace names by pseudonyms before sharing.")
    var redact = false
    @OptionGroup var common: CommonOptions

    func validate() throws {
      if !share && (to != nil || redact) {
        throw ValidationError("--to and --redact go with --share")
      }
      let names = Self.names(participants)
      guard !names.isEmpty else { throw ValidationError("--participants needs at least one name") }
      guard Set(names.map { $0.lowercased() }).count == names.count else {
        throw ValidationError(
          "--participants has the same name twice; give each person a different name")
      }
      guard
        !names.contains(where: {
          $0.caseInsensitiveCompare("Group") == .orderedSame || $0.hasPrefix(":")
        })
      else {
        throw ValidationError("'Group' and names starting with ':' are kept for the room")
      }
    }

    func run() throws {
      let environment = try common.environment()
      let library = try environment.library(for: self.scenario)
      let (scenario, entry) = try library.scenario(self.scenario)
      // The database is checked before anyone types: a bad URL, a remote server without TLS or
      // an unreachable server stops here, not after the room's hour of work.
      let sharer = try share ? Self.sharer(to: to, redact: redact, environment) : nil
      var launcher = SessionLauncher(environment: environment)
      launcher.notesChannel = try notesTo.map(NotesChannel.open)
      let code = try launcher.workshop(
        scenario, entry: entry, participants: Self.names(participants), title: title,
        code: code ?? environment.variables["MENTOR_COACH_WORKSHOP"], showsNotes: !noNotes,
        sharer: sharer)
      if code != 0 { throw ExitCode(code) }
    }

    /// The sharer for `--share`, once the database answers and its schema is current.
    static func sharer(to: String?, redact: Bool, _ environment: AppEnvironment) throws
      -> SessionSharer
    {
      let target = try ConnectionString.resolve(option: to, environment: environment.variables)
      _ = try SessionSharer.connect(target)
      return SessionSharer(
        target: target, redact: redact, includeNotes: false, environment: environment)
    }

    static func names(_ list: String) -> [String] {
      list.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }
  }
}
