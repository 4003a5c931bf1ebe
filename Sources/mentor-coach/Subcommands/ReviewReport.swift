import ArgumentParser
import Foundation
import Programme
import Review
import Transcript

extension MentorCoach.ReviewCommand {
  /// `review report`: the aggregate view of a group of sessions.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the group report: completion, answers by step, themes, ratings, safety.")

    @OptionGroup var filters: ReviewFilters
    @Option(help: ArgumentHelp("html or md.", valueName: "format"))
    var format = "html"
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?
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
      guard ReportRenderer.Format(rawValue: format) != nil else {
        throw ValidationError("the format '\(format)' is not one of html, md")
      }
    }

    func run() throws {
      let format = ReportRenderer.Format(rawValue: format) ?? .html
      let filter = try filters.filter()
      let library = sources.reportLibrary()
      var builder = GroupReportBuilder(
        title: title(filter), tagNames: library.tagNames, redacts: redact,
        participant: filter.participant, includesNotes: includeNotes, outlines: library.outlines,
        otherNames: try sources.otherNames(redacting: redact))
      var problems: [SessionIndex.Problem] = []
      let catalog = try sources.catalog()
      var sessions: [String] = []
      if let catalog {
        func add(_ log: SessionLog) {
          sessions.append(log.sessionID)
          builder.add(log)
        }
        // One person's report reads whole sessions: the filter looks for them in every event.
        if filter.participant == nil {
          try catalog.forEachReportLog(filter: filter, add)
        } else {
          try catalog.forEachLog(filter: filter, add)
        }
      } else {
        let (files, listed) = try sources.index().sessionFiles()
        problems =
          listed
          + SessionCatalog.forEachLog(
            files, filter: filter, selecting: SessionCatalog.reportEvents
          ) { builder.add($0) }
        ReviewSources.report(problems)
      }
      var report = builder.build(
        problems: problems.map { "\($0.url.lastPathComponent): \($0.message)" })
      // The database counts the themes itself, unless the report keeps one person's answers
      // or replaces names (both work on each session as read).
      if let catalog, filter.participant == nil, !redact {
        report.themes = try catalog.themes(sessions: sessions, tagNames: library.tagNames)
      }
      let text = ReportRenderer(format: format).render(report)
      defer { RedactionWarning.warn(builder.remainingNames) }
      guard let out else { return Console.out(text) }
      try PrivateFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
    }

    private func title(_ filter: SessionFilter) -> String {
      var parts = ["MentorCoach group report"]
      if let workshop = filter.workshop { parts.append("workshop \(workshop)") }
      if let scenario = filter.scenario { parts.append(scenario) }
      return parts.joined(separator: " · ")
    }
  }
}
