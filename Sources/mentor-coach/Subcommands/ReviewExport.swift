import ArgumentParser
import Review
import Transcript

extension MentorCoach.ReviewCommand {
  /// `review export`: one session as Markdown, HTML, JSON, CSV or a conversation test.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export one session as md, html, json, csv or a conversation test.")

    @Argument(
      help: ArgumentHelp("The session id, a unique start of it, or a file.", valueName: "session"),
      completion: Completions.sessionIDs)
    var session: String
    @Option(help: ArgumentHelp("md, html, json, csv or test.", valueName: "format"))
    var format = "md"
    @Flag(help: "Replace names by pseudonyms and leave notes out, for sharing.")
    var redact = false
    @Flag(help: "Include private notes, which are left out unless asked for.")
    var includeNotes = false
    @OptionGroup var sources: ReviewSources

    func validate() throws {
      if redact && includeNotes {
        throw ValidationError(
          "--include-notes cannot be used with --redact, which leaves notes out")
      }
      guard ExportFormat(rawValue: format) != nil else {
        throw ValidationError("the format '\(format)' is not one of md, html, json, csv, test")
      }
    }

    func run() throws {
      let format = ExportFormat(rawValue: format) ?? .markdown
      let log = try sources.log(session)
      if format == .test && log.started.mode == .workshop {
        // A conversation test replays one voice through one engine; a workshop interleaves
        // several people whose answers each went through their own.
        throw Failure.input(
          "conversation tests are made from practice sessions; \(log.sessionID) is a workshop, where several people answered each step"
        )
      }
      if !log.problems.isEmpty {
        ReviewSources.report([
          SessionIndex.Problem(
            url: log.fileURL, message: log.problems.descriptions.joined(separator: "; "))
        ])
      }
      var exporter = SessionExporter(format: format, redacts: redact, includesNotes: includeNotes)
      exporter.otherNames = try sources.otherNames(redacting: redact)
      let export = exporter.export(log)
      Console.out(export.text)
      RedactionWarning.warn(export.remainingNames)
    }
  }
}
