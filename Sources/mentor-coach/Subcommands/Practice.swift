import ArgumentParser
import CoachKit
import Foundation
import Transcript

extension MentorCoach {
  /// `practice`: walk one scenario alone.
  struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Practise one scenario alone.")

    @Argument(
      help: "The scenario id (see 'mentor-coach list').", completion: Completions.scenarioIDs)
    var scenario: String
    @Option(
      help: ArgumentHelp(
        "Your name for the transcript (also MENTOR_COACH_NAME).", valueName: "name"))
    var name: String?
    @Option(
      help: ArgumentHelp(
        "A workshop code, so this session can join the workshop's report.", valueName: "code"))
    var workshop: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      let library = try environment.library(for: self.scenario, rules: .inBackground)
      let (scenario, entry) = try library.scenario(self.scenario)
      let launcher = SessionLauncher(environment: environment)
      let code = try launcher.practice(
        scenario, entry: entry, name: name ?? environment.variables["MENTOR_COACH_NAME"],
        workshop: workshop ?? environment.variables["MENTOR_COACH_WORKSHOP"])
      if code != 0 { throw ExitCode(code) }
    }
  }

  /// `resume`: continue an unfinished session.
  struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Continue an unfinished session (default: the latest).")

    @Argument(
      help: ArgumentHelp("The session id, a unique start of it, or a file.", valueName: "session"),
      completion: Completions.sessionIDs)
    var session: String?
    @Flag(help: "Hide the facilitator notes when resuming a workshop (for a projected screen).")
    var noNotes = false
    @Option(
      help: ArgumentHelp(
        "When resuming a workshop, also send the facilitator notes and safety guidance here: a second terminal or a file.",
        valueName: "path"))
    var notesTo: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      let library = try environment.library()
      let index = SessionIndex(home: environment.home)
      let url: URL
      if let session {
        url = try index.locate(session)
      } else {
        guard let latest = index.latestUnfinished() else {
          throw Failure.input(
            "there is no unfinished session to resume in \(environment.sessionsFolder.path)")
        }
        url = latest.fileURL
      }
      let log = try TranscriptReader.read(url)
      var launcher = SessionLauncher(environment: environment)
      launcher.notesChannel = try notesTo.map(NotesChannel.open)
      let code = try launcher.resume(log, library: library, showsNotes: !noNotes)
      if code != 0 { throw ExitCode(code) }
    }
  }
}
