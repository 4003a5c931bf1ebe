import ArgumentParser
import Programme
import Review
import Transcript

extension MentorCoach.ReviewCommand {
  /// `review search`: every answer holding some words, or carrying a tag.
  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find answers by their words (ignoring case) or by a theme tag.")

    @Argument(help: ArgumentHelp("The words to look for in answers.", valueName: "text"))
    var text: String?
    @Option(help: ArgumentHelp("Find answers with this tag instead.", valueName: "tag"))
    var tag: String?
    @OptionGroup var sources: ReviewSources

    func validate() throws {
      guard (text == nil) != (tag == nil) else {
        throw ValidationError("give either words to look for or --tag TAG")
      }
      if let text, text.isEmpty { throw ValidationError("the words to look for are empty") }
    }

    func run() throws {
      let query: SearchQuery = tag.map { .tag($0) } ?? .text(text ?? "")
      if let catalog = try sources.catalog() {
        return Console.out(SearchResultsRenderer().render(try catalog.search(query), query: query))
      }
      let (files, listed) = try sources.index().sessionFiles()
      let (hits, problems) = AnswerSearch.search(files, for: query)
      ReviewSources.report(listed + problems)
      Console.out(SearchResultsRenderer().render(hits, query: query))
    }
  }
}
