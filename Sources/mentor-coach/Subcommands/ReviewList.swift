import ArgumentParser
import Programme
import Review
import Transcript

extension MentorCoach.ReviewCommand {
  /// `review list`: one line per session.
  struct ListSessions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the sessions, oldest first.")

    @OptionGroup var filters: ReviewFilters
    @OptionGroup var sources: ReviewSources

    func run() throws {
      let filter = try filters.filter()
      if let catalog = try sources.catalog() {
        let summaries = try catalog.summaries(filter: filter)
        return Console.out(SessionListRenderer(showsSessionID: true).render(summaries))
      }
      let (files, listed) = try sources.index().sessionFiles()
      let (summaries, problems) = SessionCatalog.summaries(files, filter: filter)
      ReviewSources.report(listed + problems)
      Console.out(SessionListRenderer(showsSessionID: true).render(summaries))
    }
  }
}
