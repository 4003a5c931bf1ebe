import Foundation
import Programme
import TestSupport
import Testing

/// `review report --db` counts the themes in SQL and reads only the events a report uses,
/// and still prints what the files give, byte for byte, where the counting rules bite: names
/// differing in case, sessions without a name, a safety pause answered "no", a workshop room.
@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipped))
struct ReportCountsTests {
  @Test func theReportCountedInSQLEqualsTheReportFromFiles() throws {
    let scratch = try ScratchDatabase()
    let coach = try CommandTests.record()
    let options = CommandTests.options
    let walks = [
      // Dana finished a practice before (CommandTests.record): an empty line declines the
      // question about her last next step, so the walk starts at the opening step.
      (["--name", "dana whitfield"], "\nI am so busy with clinic\n4\n2\nI will ring them\n"),
      ([], "I want to kill myself\nno\nI am so busy with clinic\n3\n1\nI will email them\n"),
      ([], "I am so busy with clinic\n6\n1\nI will book it today\n"),
    ]
    for (name, input) in walks {
      let run = try coach.run(["practice", "first-meeting"] + name + options, input: input)
      #expect(run.status == 0, "\(run.stderr)")
    }
    let url = scratch.url()
    for id in CommandTests.ids(coach) {
      let shared = try coach.run(["share", id, "--to", url] + options, input: "")
      #expect(shared.status == 0, "\(shared.stderr)")
    }
    let markdown = try coach.run(["review", "report", "--format", "md"] + options, input: "")
    // Dana Whitfield and dana whitfield are one person; Sam, Ana and Ben the others.
    #expect(markdown.stdout.contains("4 people by name and 2 anonymous sessions"))
    #expect(markdown.stdout.contains("| having too much on | 6 | 5 |"), "\(markdown.stdout)")
    #expect(markdown.stdout.contains("| I want to kill myself | safety.crisis | chose to go on |"))
    for command in [
      ["--format", "md"], ["--format", "html"], ["--format", "md", "--workshop", "w1"],
      ["--format", "md", "--scenario", "FIRST-MEETING", "--since", "2020-01-01"],
      ["--format", "md", "--unfinished"], ["--format", "md", "--participant", "DANA WHITFIELD"],
      ["--format", "md", "--redact"],
    ] {
      let files = try coach.run(["review", "report"] + command + options, input: "")
      let database = try coach.run(
        ["review", "report"] + command + ["--db", url] + options, input: "")
      #expect(files.status == 0 && database.status == 0, "\(files.stderr)\(database.stderr)")
      #expect(database.stdout == files.stdout, "review report \(command.joined(separator: " "))")
    }
  }
}
