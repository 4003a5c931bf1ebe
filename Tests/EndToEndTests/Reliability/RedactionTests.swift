import Foundation
import TestSupport
import Testing

/// Finding 7 of the hardening issue: `--redact` replaced only the exact full name, so the first
/// name alone, capitals, possessives and a title with the surname were shared as written.
@Suite struct RedactionTests {
  private static let answers =
    "Maria's clinic is busy and Dr. Okafor says MARIA works late\n5\n1\nI will ask okafor’s team\n"

  /// A finished practice session by Maria Okafor whose answers name her four ways.
  private func session(name: String, answers: String) throws -> (BinaryRunner, String) {
    let coach = try BinaryRunner()
    let result = try coach.run(EndToEnd.practice() + ["--name", name], input: answers)
    #expect(result.status == 0, "\(result.stderr)")
    let file = try #require(coach.sessionFiles().first)
    return (coach, file.deletingPathExtension().lastPathComponent)
  }

  @Test func noPartOfTheNameSurvivesAnyRedactedOutput() throws {
    let (coach, id) = try session(name: "Maria Okafor", answers: Self.answers)
    let commands: [[String]] =
      [["review", "show", id, "--redact", "--no-pager"]]
      + ["md", "html", "json", "csv"].map { ["review", "export", id, "--redact", "--format", $0] }
      + [["review", "report", "--redact", "--format", "md"], ["review", "report", "--redact"]]
    for command in commands {
      let result = try coach.run(command, input: "")
      #expect(result.status == 0, "\(command): \(result.stderr)")
      #expect(result.stderr == "", "\(command)")
      let text = result.stdout.lowercased()
      #expect(!text.contains("maria") && !text.contains("okafor"), "\(command): \(result.stdout)")
      #expect(result.stdout.contains("Participant 1"), "\(command)")
    }
    let plain = try coach.run(["review", "export", id], input: "")
    #expect(plain.stdout.contains("Dr. Okafor"))
  }

  @Test func warnsWhenANamePartRemainsWrittenAnotherWay() throws {
    let (coach, id) = try session(
      name: "Jose Ruiz", answers: "José is so busy with clinic\n5\n1\nI will email them\n")
    let result = try coach.run(["review", "export", id, "--redact"], input: "")
    #expect(result.status == 0)
    #expect(
      result.stderr
        == "mentor-coach: warning: the redacted copy still contains a name part ('Jose'), written another way or where names are not replaced; read it before sharing it\n"
    )
  }

  @Test func aPersonMentionedInAnotherSessionIsReplacedToo() throws {
    let (coach, _) = try session(name: "Dana Whitfield", answers: EndToEnd.fullAnswers)
    let sam = try coach.run(
      EndToEnd.practice() + ["--name", "Sam Lee"],
      input: "I worry about Dana's workload and Whitfield's rota\n5\n1\nI will ask\n")
    #expect(sam.status == 0)
    let id = try #require(
      coach.sessionFiles().first {
        (try? String(contentsOf: $0, encoding: .utf8))?.contains("Sam Lee") == true
      }
    ).deletingPathExtension().lastPathComponent
    for command in [
      ["review", "export", id, "--redact"], ["review", "show", id, "--redact", "--no-pager"],
      ["review", "report", "--redact", "--format", "md"],
    ] {
      let result = try coach.run(command, input: "")
      #expect(result.status == 0, "\(command): \(result.stderr)")
      let text = result.stdout.lowercased()
      #expect(!text.contains("dana") && !text.contains("whitfield"), "\(command)")
      #expect(!text.contains("sam") || command.contains("report"), "\(command)")
    }
  }
}
