import Foundation
import TestSupport
import Testing

/// `review show` on a pseudo-terminal: the pager gets the terminal and the transcript.
@Suite struct PagerTests {
  /// Walks `first-meeting` to the end through pipes and returns the session id.
  private func finishedSession(_ coach: BinaryRunner) throws -> String {
    let result = try coach.run(EndToEnd.practice(), input: EndToEnd.fullAnswers)
    #expect(result.status == 0)
    let file = try #require(coach.sessionFiles().first)
    return file.deletingPathExtension().lastPathComponent
  }

  private func show(_ session: String, _ extra: [String] = []) -> [String] {
    ["review", "show", session, "--prompts", EndToEnd.prompts.path] + extra
  }

  /// `less` without `-F` waits for a key: it can only read one in the foreground group.
  @Test func lessShowsTheTranscriptAndQuitsOnQ() throws {
    let coach = try BinaryRunner()
    let session = try finishedSession(coach)
    let terminal = try coach.startOnTerminal(
      show(session), extraEnvironment: ["PAGER": "less", "LESS": ""])
    try terminal.expect("You: I am so busy with clinic")
    try terminal.expect("You: I will email them tomorrow")
    try terminal.waitForRawMode()
    try terminal.send("q")
    #expect(try terminal.waitForExit(timeout: .seconds(10)) == 0)
  }

  /// Without a `LESS` of the user's, the pager gets `LESS=FRX`.
  @Test func lessGetsFRXUnlessTheUserSetLESS() throws {
    let coach = try BinaryRunner()
    let session = try finishedSession(coach)
    var environment = ["PAGER": "printenv LESS"]
    let printed = try coach.startOnTerminal(show(session), extraEnvironment: environment)
    try printed.expect("FRX")
    #expect(try printed.waitForExit() == 0)
    environment["LESS"] = "-S"
    let kept = try coach.startOnTerminal(show(session), extraEnvironment: environment)
    try kept.expect("-S")
    #expect(try kept.waitForExit() == 0)
    #expect(!kept.transcript.contains("FRX"))
  }

  @Test func noPagerWritesTheTextOnATerminal() throws {
    let coach = try BinaryRunner()
    let session = try finishedSession(coach)
    let terminal = try coach.startOnTerminal(
      show(session, ["--no-pager"]), extraEnvironment: ["PAGER": "printenv LESS", "LESS": ""])
    try terminal.expect("You: I will email them tomorrow")
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.transcript.contains("FRX"))
  }

  @Test func aMissingPagerIsReportedAndTheTextStillShown() throws {
    let coach = try BinaryRunner()
    let session = try finishedSession(coach)
    let terminal = try coach.startOnTerminal(
      show(session), extraEnvironment: ["PAGER": "no-such-pager-here -x"])
    try terminal.expect("the pager 'no-such-pager-here' named by PAGER was not found")
    try terminal.expect("You: I will email them tomorrow")
    #expect(try terminal.waitForExit() == 0)
  }
}
