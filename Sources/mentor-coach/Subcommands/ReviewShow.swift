import ArgumentParser
import Foundation
import Review
import Transcript

extension MentorCoach.ReviewCommand {
  /// `review show`: one session as a readable transcript, through a pager on a terminal.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show one session as a readable transcript.")

    @Argument(
      help: ArgumentHelp("The session id, a unique start of it, or a file.", valueName: "session"),
      completion: Completions.sessionIDs)
    var session: String
    @Flag(help: "Write the transcript out without a pager, even on a terminal.")
    var noPager = false
    @Flag(help: "Replace names by pseudonyms and leave notes out, for sharing.")
    var redact = false
    @OptionGroup var sources: ReviewSources

    func run() throws {
      var log = try sources.log(session)
      var redactor = Redactor(alsoReplacing: try sources.otherNames(redacting: redact))
      if redact { log = redactor.redact(log) }
      ReviewPager.show(TranscriptRenderer().render(log), allowed: !noPager)
      RedactionWarning.warn(redactor.remainingNames)
    }
  }
}
