import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `review` through pipes, on sessions the binary recorded itself: Dana practising alone for
/// workshop W1, and the Ward 5 workshop (W1) where Ana and Ben answer, Ben with hostile text.
@Suite struct ReviewTests {
  /// Ben's answer: HTML that would run if pasted into a page, and a clear-screen escape.
  static let hostile =
    "<script>alert(1)</script> \"><img src=x onerror=alert(1)> \u{1B}[2J too much"
  /// How the terminal shows it.
  static let hostileOnTerminal =
    "<script>alert(1)</script> \"><img src=x onerror=alert(1)> \\u{1B}[2J too much"
  /// Dana's private note.
  static let note = "ring the rota office first"

  /// A sandbox holding the two recorded sessions.
  struct Recorded {
    let coach: BinaryRunner
    /// Dana's practice session id.
    let practice: String
    /// The workshop session id.
    let workshop: String
    let practiceFile: URL
    let workshopFile: URL
  }

  /// Records Dana's practice and the Ana and Ben workshop, both in workshop W1.
  static func record() throws -> Recorded {
    let coach = try BinaryRunner()
    let practice = try coach.run(
      EndToEnd.practice() + ["--name", "Dana", "--workshop", "W1"],
      input: ":note \(note)\n" + EndToEnd.fullAnswers)
    #expect(practice.stderr == "")
    #expect(practice.status == 0)
    let workshop = try coach.run(
      WorkshopTests.workshop("Ana,Ben", ["--code", "W1", "--title", "Ward 5"]),
      input: """
        I am so busy with clinic
        \(hostile)
        :group
        5
        1
        I will email them tomorrow
        I will book it

        """)
    #expect(workshop.stderr == "")
    #expect(workshop.status == 0)
    let files = coach.sessionFiles()
    try #require(files.count == 2)
    let modes = try files.map { try EndToEnd.events(in: $0).first?["mode"] as? String }
    let practiceFile = files[try #require(modes.firstIndex(of: "practice"))]
    let workshopFile = files[try #require(modes.firstIndex(of: "workshop"))]
    #expect(
      WorkshopTests.attributed(try EndToEnd.events(in: workshopFile)) == [
        "Ana: I am so busy with clinic", "Ben: \(hostile)", "Group: 5", "-: 1",
        "Ana: I will email them tomorrow", "Ben: I will book it",
      ])
    return Recorded(
      coach: coach, practice: practiceFile.deletingPathExtension().lastPathComponent,
      workshop: workshopFile.deletingPathExtension().lastPathComponent,
      practiceFile: practiceFile, workshopFile: workshopFile)
  }

  /// `review ARGUMENTS --prompts FIXTURE-PROMPTS`.
  static func review(_ arguments: [String]) -> [String] {
    ["review"] + arguments + ["--prompts", EndToEnd.prompts.path]
  }

  // MARK: - list

  @Test func listFiltersByWorkshopAndParticipant() throws {
    let recorded = try Self.record()
    let coach = recorded.coach
    let header = "STARTED           SCENARIO       WHO       ANSWERS  STATUS    SESSION"
    let practiceLine =
      "\(Self.startTime(of: recorded.practice))  first-meeting  Dana            4  finished  "
      + recorded.practice
    let workshopLine =
      "\(Self.startTime(of: recorded.workshop))  first-meeting  Ana, Ben        6  finished  "
      + recorded.workshop

    let all = try coach.run(Self.review(["list", "--workshop", "W1"]), input: "")
    #expect(all.stderr == "")
    #expect(all.status == 0)
    // Sessions started in the same second are listed in the order of their ids.
    let lines = [practiceLine, workshopLine].sorted { $0.suffix(40) < $1.suffix(40) }
    #expect(all.stdout == ([header] + lines).joined(separator: "\n") + "\n")

    let ana = try coach.run(Self.review(["list", "--participant", "Ana"]), input: "")
    #expect(ana.stderr == "")
    #expect(ana.status == 0)
    #expect(ana.stdout.contains(recorded.workshop))
    #expect(!ana.stdout.contains(recorded.practice), "'Ana' is not 'Dana'")

    let dana = try coach.run(Self.review(["list", "--participant", "dana"]), input: "")
    #expect(dana.status == 0)
    #expect(dana.stdout.contains(recorded.practice))
    #expect(!dana.stdout.contains(recorded.workshop))

    let other = try coach.run(Self.review(["list", "--workshop", "W2"]), input: "")
    #expect(other.status == 0)
    #expect(!other.stdout.contains(recorded.practice))
    #expect(!other.stdout.contains(recorded.workshop))
  }

  // MARK: - search

  @Test func searchFindsTheHostileAnswerWithItsSessionAndStepAndNoRawControls() throws {
    let recorded = try Self.record()
    let result = try recorded.coach.run(Self.review(["search", "ONERROR"]), input: "")
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        \(recorded.workshop)  opening  Ben
          What worries you most about that first meeting? » \(Self.hostileOnTerminal)
        1 answer in 1 session

        """)
    Self.expectNoRawControls(result.stdoutData)
  }

  @Test func searchByTagFindsTheTaggedAnswers() throws {
    let recorded = try Self.record()
    let result = try recorded.coach.run(
      Self.review(["search", "--tag", "time.overload"]), input: "")
    #expect(result.stderr == "")
    #expect(result.status == 0)
    let question = "What worries you most about that first meeting?"
    let tags = "[time.overload, time.clinical-conflict]"
    let hits = [
      "\(recorded.practice)  opening  Dana  \(tags)\n  \(question) » I am so busy with clinic\n",
      "\(recorded.workshop)  opening  Ana  \(tags)\n  \(question) » I am so busy with clinic\n",
    ]
    #expect(result.stdout == hits.sorted().joined() + "2 answers in 2 sessions\n")
  }

  // MARK: - export

  @Test(arguments: ["md", "html", "json", "csv", "test"])
  func exportOfEitherSessionSucceeds(format: String) throws {
    let recorded = try Self.record()
    // A workshop is not exported as a conversation test (see the test below).
    let sessions = format == "test" ? [recorded.practice] : [recorded.practice, recorded.workshop]
    for session in sessions {
      let result = try recorded.coach.run(
        Self.review(["export", session, "--format", format]), input: "")
      #expect(result.stderr == "", "\(format) export of \(session)")
      #expect(result.status == 0, "\(format) export of \(session)")
      #expect(result.stdoutData.last == UInt8(ascii: "\n"))
      Self.expectNoRawControls(result.stdoutData)
    }
  }

  @Test func jsonExportParsesAndHoldsEveryAnswer() throws {
    let recorded = try Self.record()
    let result = try recorded.coach.run(
      Self.review(["export", recorded.workshop, "--format", "json"]), input: "")
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: result.stdoutData)
    let json = try #require(object as? [String: Any])
    #expect(json["format"] as? String == "mentor-coach-session")
    #expect(json["session"] as? String == recorded.workshop)
    #expect(json["workshop"] as? String == "W1")
    let answers = try #require(json["answers"] as? [[String: Any]])
    #expect(
      answers.map { $0["input"] as? String } == [
        "I am so busy with clinic", Self.hostile, "5", "1", "I will email them tomorrow",
        "I will book it",
      ])
    #expect(answers.map { $0["step"] as? String }.first == "opening")
  }

  @Test func csvExportHasAHeaderAndTenFieldsInEveryRow() throws {
    let recorded = try Self.record()
    let result = try recorded.coach.run(
      Self.review(["export", recorded.workshop, "--format", "csv"]), input: "")
    #expect(result.status == 0)
    var text = result.stdout
    #expect(!text.hasSuffix("\r\n\n"))
    if text.hasSuffix("\r\n\n") { text.removeLast() }
    let records = try Self.parseCSV(text)
    #expect(
      records.first == [
        "session", "seq", "time", "who", "step", "kind", "input", "value", "accepted", "tags",
      ])
    #expect(records.count == 7)
    #expect(records.allSatisfy { $0.count == 10 })
    let ben = try #require(records.first { $0[3] == "Ben" && $0[4] == "opening" })
    #expect(ben[6] == Self.hostileOnTerminal, "control characters are shown, as on the terminal")
    #expect(
      records.map { $0[3] }.dropFirst() == ["Ana", "Ben", "Group", "Anonymous", "Ana", "Ben"])
  }

  @Test func htmlExportIsWellFormedAndRunsNoScript() throws {
    let recorded = try Self.record()
    let result = try recorded.coach.run(
      Self.review(["export", recorded.workshop, "--format", "html"]), input: "")
    #expect(result.status == 0)
    Self.expectSafeXHTML(result.stdout)
    #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func markdownExportShowsTheAnswersEscaped() throws {
    let recorded = try Self.record()
    let result = try recorded.coach.run(
      Self.review(["export", recorded.practice, "--format", "md"]), input: "")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("# "))
    #expect(result.stdout.contains("I will email them tomorrow"))
    #expect(!result.stdout.contains(Self.note), "notes are private unless asked for")
    let withNotes = try recorded.coach.run(
      Self.review(["export", recorded.practice, "--format", "md", "--include-notes"]), input: "")
    #expect(withNotes.stdout.contains(Self.note))
  }

  @Test func testExportOfThePracticePassesAgainstTheSameScenario() throws {
    let recorded = try Self.record()
    let outcome = try Self.replay(recorded.practice, in: recorded.coach)
    #expect(outcome.stderr == "")
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasSuffix("1 tests, 4 turns, 0 failed\n1 passed, 0 failed\n"))
  }

  @Test func testExportOfAWorkshopIsRefusedWithAReason() throws {
    let recorded = try Self.record()
    let exported = try recorded.coach.run(
      Self.review(["export", recorded.workshop, "--format", "test"]), input: "")
    #expect(exported.status == 2)
    #expect(exported.stdout == "")
    #expect(exported.stderr.contains("conversation tests are made from practice sessions"))
  }

  /// Exports a session as a test, writes it beside a copy of the fixture scenario, and runs
  /// `mentor-coach test` on it.
  static func replay(_ session: String, in coach: BinaryRunner) throws -> BinaryRunner.Result {
    let exported = try coach.run(review(["export", session, "--format", "test"]), input: "")
    #expect(exported.stderr == "")
    #expect(exported.status == 0)
    let folder = coach.folder.appendingPathComponent("replay-\(session)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: EndToEnd.scenarioFile, to: folder.appendingPathComponent("first-meeting.yaml"))
    let tests = folder.appendingPathComponent("first-meeting.tests.yaml")
    try exported.stdoutData.write(to: tests)
    return try coach.run(["test", tests.path, "--prompts", EndToEnd.prompts.path], input: "")
  }

  // MARK: - report

  @Test func reportOfTheWorkshopHoldsEveryoneThemesAndRatings() throws {
    let recorded = try Self.record()
    let out = recorded.coach.folder.appendingPathComponent("report.html")
    let result = try recorded.coach.run(
      Self.review(["report", "--workshop", "W1", "--format", "html", "--out", out.path]),
      input: "")
    #expect(result.stdout == "")
    #expect(result.stderr == "")
    #expect(result.status == 0)
    let written = try FileManager.default.contentsOfDirectory(atPath: recorded.coach.folder.path)
    #expect(written.sorted() == ["home", "report.html"])
    let html = try String(contentsOf: out, encoding: .utf8)
    Self.expectSafeXHTML(html)
    for answer in ["I will email them tomorrow", "I will book it", "I am so busy with clinic"] {
      #expect(html.contains(answer))
    }
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    for name in ["Dana", "Ana", "Ben"] { #expect(Self.mentions(name, in: html)) }
    #expect(html.contains("<section id=\"themes\""))
    #expect(html.contains("<section id=\"ratings\""))
    #expect(!html.contains("<section id=\"notes\""), "notes are private unless asked for")
    #expect(!html.contains(Self.note))
    let withNotes = try recorded.coach.run(
      Self.review(["report", "--workshop", "W1", "--format", "md", "--include-notes"]), input: "")
    #expect(withNotes.status == 0)
    #expect(withNotes.stdout.contains(Self.note))
    let refused = try recorded.coach.run(
      Self.review(["report", "--include-notes", "--redact"]), input: "")
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--include-notes cannot be used with --redact"))
    #expect(html.contains("<h1>Ward 5 · MentorCoach group report · workshop W1</h1>"))
    #expect(html.contains("2 sessions, 2 finished (100%), 3 people."), "Group is not a person")
  }

  @Test func redactedReportNamesNoOneAndLeavesNotesOut() throws {
    let recorded = try Self.record()
    let out = recorded.coach.folder.appendingPathComponent("shared.html")
    let result = try recorded.coach.run(
      Self.review([
        "report", "--workshop", "W1", "--format", "html", "--out", out.path, "--redact",
      ]), input: "")
    #expect(result.stderr == "")
    #expect(result.status == 0)
    let html = try String(contentsOf: out, encoding: .utf8)
    Self.expectSafeXHTML(html)
    for name in ["Dana", "Ana", "Ben"] {
      #expect(!Self.mentions(name, in: html), "\(name) is named in the redacted report")
    }
    for pseudonym in ["Participant 1", "Participant 2", "Participant 3"] {
      #expect(html.contains(pseudonym))
    }
    #expect(!html.contains("Participant 4"), "Group is not a participant")
    #expect(!html.contains("rota office"))
    #expect(!html.contains("<section id=\"notes\""))
    #expect(html.contains("I will book it"))
  }

  @Test func aFolderGivenWithFromJoinsTheReport() throws {
    let recorded = try Self.record()
    let coach = recorded.coach
    let shared = coach.folder.appendingPathComponent("shared", isDirectory: true)
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: recorded.practiceFile,
      to: shared.appendingPathComponent(recorded.practiceFile.lastPathComponent))
    let elsewhere = coach.folder.appendingPathComponent("elsewhere", isDirectory: true)
    let arguments = Self.review(["report", "--workshop", "W1", "--format", "md"])

    let alone = try coach.run(arguments, input: Data(), home: elsewhere)
    #expect(alone.status == 0)
    #expect(alone.stdout.contains("0 sessions"))

    let joined = try coach.run(arguments + ["--from", shared.path], input: Data(), home: elsewhere)
    #expect(joined.stderr == "")
    #expect(joined.status == 0)
    #expect(joined.stdout.contains("1 session, 1 finished (100%), 1 person."))
    #expect(joined.stdout.contains(recorded.practice))
    #expect(joined.stdout.contains("I will email them tomorrow"))
    #expect(!joined.stdout.contains(recorded.workshop))
  }

  // MARK: - helpers

  /// True when `name` occurs as a whole word.
  static func mentions(_ name: String, in text: String) -> Bool {
    text.range(of: "(?<![A-Za-z])\(name)(?![A-Za-z])", options: .regularExpression) != nil
  }

  /// Fails unless `html` parses as XML and holds no `<script` or raw control characters.
  static func expectSafeXHTML(_ html: String) {
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("<img"))
    Self.expectNoRawControls(Data(html.utf8))
    #expect(throws: Never.self) { try XMLDocument(data: Data(html.utf8), options: []) }
  }

  /// Splits RFC 4180 CSV with CRLF line ends into records; fails on a malformed quote.
  static func parseCSV(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        try #require(field.isEmpty, "a quote inside an unquoted field")
        quoted = true
      } else if character == "," {
        record.append(field)
        field = ""
      } else if character == "\r\n" {
        records.append(record + [field])
        record = []
        field = ""
      } else {
        try #require(character != "\n" && character != "\r", "a bare line end")
        field.append(character)
      }
    }
    try #require(!quoted && record.isEmpty && field.isEmpty, "the CSV does not end in CRLF")
    return records
  }

  /// Fails if the output holds a raw ESC, BEL, or the two-byte UTF-8 form of U+009B.
  static func expectNoRawControls(_ output: Data) {
    let bytes = [UInt8](output)
    #expect(!bytes.contains(0x1B), "raw ESC in the output")
    #expect(!bytes.contains(0x07), "raw BEL in the output")
    let csi = zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && $1 == 0x9B }
    #expect(!csi, "raw U+009B in the output")
  }

  /// `YYYY-MM-DD HH:MM` from a session id, which starts with the UTC start time.
  static func startTime(of session: String) -> String {
    let digits = Array(session.prefix(13))
    func part(_ range: Range<Int>) -> String { String(digits[range]) }
    return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8)) \(part(9..<11)):\(part(11..<13))"
  }
}
