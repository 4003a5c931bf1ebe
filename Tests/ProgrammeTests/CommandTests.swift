import Foundation
import Programme
import TestSupport
import Testing

/// `share`, `programme` and `review --db` through the built binary, against a real server.
@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipped))
struct CommandTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = repository.appendingPathComponent("Tests/CoachKitTests/Fixtures")
  static let options = [
    "--prompts", fixtures.appendingPathComponent("Prompts").path, "--scenarios", fixtures.path,
  ]
  static let answers = "I am so busy with clinic\n5\n1\nI will email them tomorrow\n"

  /// A sandbox with Dana's finished practice (with a private note), Sam's unfinished one,
  /// and a finished workshop where Ana and Ben answer, Ben with hostile text.
  static func record() throws -> BinaryRunner {
    let coach = try BinaryRunner()
    let runs = [
      try coach.run(
        ["practice", "first-meeting", "--name", "Dana Whitfield", "--workshop", "W1"] + options,
        input: ":note ring Whitfield's office first\n" + answers),
      try coach.run(
        ["practice", "first-meeting", "--name", "Sam O'Neil"] + options,
        input: "I'm worried about Dana's workload; DROP TABLE sessions; --\n5\n"),
      try coach.run(
        ["workshop", "first-meeting", "--participants", "Ana,Ben", "--code", "W1"] + options,
        input: """
          I am so busy with clinic
          <script>alert(1)</script> '; DELETE FROM events; -- \u{1B}[2J 100% busy
          :group
          5
          1
          I will email them tomorrow
          I will book it

          """),
    ]
    for run in runs { #expect(run.status == 0, "\(run.stderr)") }
    try #require(coach.sessionFiles().count == 3)
    return coach
  }

  /// The session ids, sorted.
  static func ids(_ coach: BinaryRunner) -> [String] {
    coach.sessionFiles().map { $0.deletingPathExtension().lastPathComponent }
  }

  /// The ids of the finished sessions and of the unfinished one (the sessions may start in the
  /// same second, so their order says nothing).
  static func sessions(_ coach: BinaryRunner) throws -> (finished: [String], unfinished: String) {
    var finished: [String] = []
    var unfinished: [String] = []
    for file in coach.sessionFiles() {
      let text = try String(contentsOf: file, encoding: .utf8)
      let id = file.deletingPathExtension().lastPathComponent
      if text.contains(#""completed":true"#) { finished.append(id) } else { unfinished.append(id) }
    }
    try #require(finished.count == 2 && unfinished.count == 1)
    return (finished, unfinished[0])
  }

  @Test func nothingLeavesWithoutShareAndOnlyWhatIsNamed() throws {
    let scratch = try ScratchDatabase()
    let coach = try Self.record()
    let url = scratch.url()
    for review in [["list"], ["report", "--format", "md"], ["search", "busy"]] {
      _ = try coach.run(["review"] + review + Self.options, input: "")
    }
    #expect(try scratch.count("sessions") == 0)
    // Dana's session, the one with a private note, first.
    let ids = try Self.ids(coach).sorted { one, _ in
      try String(
        contentsOf: coach.home.appendingPathComponent("sessions/\(one).jsonl"), encoding: .utf8
      )
      .contains(#""type":"note""#)
    }
    let shared = try coach.run(
      ["share", ids[0], "--to", url] + Self.options, input: "")
    #expect(shared.status == 0, "\(shared.stderr)")
    #expect(shared.stderr == "")
    #expect(shared.stdout.hasPrefix("shared 1 session with postgres@"))
    #expect(!shared.stdout.contains("dbname="))
    #expect(try scratch.admin.query("SELECT session_id FROM sessions").map { $0[0] } == [ids[0]])
    let list = try coach.run(["share", "--list"] + Self.options, input: "")
    #expect(list.stdout.contains("shared  as written"))
    #expect(list.stdout.contains(ids[0]))
    #expect(!list.stdout.contains(ids[1]))
    #expect(try scratch.count("events WHERE type = 'note'") == 0)
    let notes = try coach.run(
      ["share", ids[0], "--include-notes", "--to", url] + Self.options, input: "")
    #expect(notes.status == 0, "\(notes.stderr)")
    #expect(try scratch.count("events WHERE type = 'note'") == 1)
  }

  @Test func theDatabaseGivesTheSameOutputAsTheFiles() throws {
    let scratch = try ScratchDatabase()
    let coach = try Self.record()
    let url = scratch.url()
    let initialised = try coach.run(["programme", "init", "--db", url] + Self.options, input: "")
    #expect(initialised.stdout.contains("already up to date"))
    let ids = Self.ids(coach)
    let unfinishedID = try Self.sessions(coach).unfinished
    // Notes are shared only when asked for; they are, here, so that every view can compare.
    let all = try coach.run(
      ["share", "--all-finished", "--include-notes", "--to", url] + Self.options, input: "")
    #expect(all.stdout.hasPrefix("shared 2 sessions with"), "\(all.stderr)")
    let unfinished = try coach.run(
      ["share", unfinishedID, "--include-notes", "--to", url] + Self.options, input: "")
    #expect(unfinished.status == 0, "\(unfinished.stderr)")
    var commands: [[String]] = [
      ["list"], ["list", "--participant", "ana"], ["list", "--workshop", "w1", "--unfinished"],
      ["list", "--scenario", "first-meeting", "--since", "2020-01-01"],
      ["search", "busy"], ["search", "100%"], ["search", "DROP TABLE"],
      ["search", "--tag", "time"],
      ["search", "nothing like this"],
      ["report", "--format", "md"], ["report", "--format", "html"],
      ["report", "--format", "md", "--participant", "Ben"],
      ["report", "--format", "md", "--redact"],
      ["report", "--format", "md", "--workshop", "W1"],
    ]
    for id in ids {
      commands.append(["show", id, "--no-pager"])
      for format in ["md", "html", "json", "csv"] {
        commands.append(["export", id, "--format", format])
        commands.append(["export", id, "--format", format, "--redact"])
      }
    }
    for command in commands {
      let files = try coach.run(["review"] + command + Self.options, input: "")
      let database = try coach.run(["review"] + command + ["--db", url] + Self.options, input: "")
      #expect(files.status == 0, "\(command): \(files.stderr)")
      #expect(database.status == 0, "\(command): \(database.stderr)")
      #expect(database.stdout == files.stdout, "review \(command.joined(separator: " "))")
      #expect(!files.stdout.isEmpty)
    }
  }

  @Test func withdrawDeletesInTheDatabaseAndIsRecordedLocally() throws {
    let scratch = try ScratchDatabase()
    let coach = try Self.record()
    let url = scratch.url()
    let ids = try Self.sessions(coach).finished
    _ = try coach.run(
      ["share", "--all-finished", "--redact", "--to", url] + Self.options, input: "")
    let stored = try scratch.admin.query("SELECT string_agg(line, ' ') FROM events").first?[0] ?? ""
    #expect(!stored.contains("Whitfield"))
    #expect(!stored.contains("Ana"))
    let withdrawn = try coach.run(
      ["share", "--withdraw", ids[0], "--to", url] + Self.options, input: "")
    #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
    #expect(try scratch.count("sessions") == 1)
    #expect(try scratch.count("events WHERE session_id = '\(ids[0])'") == 0)
    let again = try coach.run(
      ["share", "--withdraw", ids[0], "--to", url] + Self.options, input: "")
    #expect(again.status == 2)
    #expect(again.stderr.contains("nothing was withdrawn"))
    let list = try coach.run(["share", "--list"] + Self.options, input: "")
    let lines = list.stdout.split(separator: "\n")
    #expect(lines.contains { $0.contains("withdrawn") && $0.contains(ids[0]) })
    #expect(
      lines.contains { $0.contains(" shared ") && $0.contains("redacted") && $0.contains(ids[1]) })
  }

  @Test func passwordsStayOutOfErrors() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["review", "list", "--db", "postgresql://lead:hunter2@db.invalid/programme?sslmode=disable"]
        + Self.options, input: "")
    #expect(result.status == 2)
    #expect(result.stderr.contains("lead@db.invalid/programme"))
    #expect(result.stderr.contains("sslmode=require"))
    #expect(!result.stderr.contains("hunter2"))
  }
}
