import Foundation
import Glibc
import TestSupport
import Testing

/// Finding 10 of the hardening issue: `review report --out` was created 0666 before the umask,
/// and a data folder others could read or change was used without a word.
@Suite struct FileModeTests {
  /// Runs the program with umask 000, so that only the modes it asks for count.
  private static let openUmask = "umask 000; exec \"$0\" \"$@\""

  @Test func everythingCreatedIsPrivateWhateverTheUmask() throws {
    let coach = try BinaryRunner()
    let practice = try Shell.run(
      Self.openUmask, EndToEnd.practice(), coach: coach, input: EndToEnd.fullAnswers)
    #expect(practice.status == 0, "\(practice.stderr)")
    #expect(practice.stderr == "")
    #expect(try EndToEnd.mode(coach.home) == 0o700)
    #expect(try EndToEnd.mode(coach.home.appendingPathComponent("sessions")) == 0o700)
    #expect(try EndToEnd.mode(try #require(coach.sessionFiles().first)) == 0o600)

    let report = coach.folder.appendingPathComponent("report.html")
    let reported = try Shell.run(
      Self.openUmask, ["review", "report", "--out", report.path], coach: coach)
    #expect(reported.status == 0, "\(reported.stderr)")
    #expect(try EndToEnd.mode(report) == 0o600)
    #expect(try String(contentsOf: report, encoding: .utf8).contains("I am so busy with clinic"))
    // Written again over an existing, readable report: the new one is private too.
    #expect(chmod(report.path, 0o644) == 0)
    _ = try Shell.run(Self.openUmask, ["review", "report", "--out", report.path], coach: coach)
    #expect(try EndToEnd.mode(report) == 0o600)

    let drafts = coach.folder.appendingPathComponent("drafts")
    try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
    let made = try Shell.run(
      Self.openUmask, ["new", "feedback", "--folder", drafts.path] + EndToEnd.fixtureOptions,
      coach: coach)
    #expect(made.status == 0, "\(made.stderr)")
    for name in ["feedback.yaml", "feedback.tests.yaml"] {
      #expect(try EndToEnd.mode(drafts.appendingPathComponent(name)) == 0o600)
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: coach.folder.path)
    #expect(leftovers.sorted() == ["drafts", "home", "report.html"])
  }

  @Test func aReportReplacesAPlantedLinkInsteadOfWritingThroughIt() throws {
    let coach = try BinaryRunner()
    #expect(try coach.run(EndToEnd.practice(), input: EndToEnd.fullAnswers).status == 0)
    let precious = coach.folder.appendingPathComponent("precious.txt")
    try Data("keep me\n".utf8).write(to: precious)
    let report = coach.folder.appendingPathComponent("report.html")
    try FileManager.default.createSymbolicLink(at: report, withDestinationURL: precious)
    let result = try coach.run(["review", "report", "--out", report.path], input: "")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOf: precious, encoding: .utf8) == "keep me\n")
    #expect(try String(contentsOf: report, encoding: .utf8).contains("<html"))
    #expect(try EndToEnd.mode(report) == 0o600)
  }

  @Test func aReportIntoAMissingFolderFailsClearly() throws {
    let coach = try BinaryRunner()
    let out = coach.folder.appendingPathComponent("missing/report.html").path
    let result = try coach.run(["review", "report", "--out", out], input: "")
    #expect(result.status == 2)
    #expect(result.stderr == "mentor-coach: cannot write to \(out): No such file or directory\n")
  }

  @Test func warnsOnceWhenOthersCanReadOrChangeTheDataFolder() throws {
    let coach = try BinaryRunner()
    let sessions = coach.home.appendingPathComponent("sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    #expect(chmod(coach.home.path, 0o777) == 0)
    #expect(chmod(sessions.path, 0o750) == 0)
    let practice = try coach.run(EndToEnd.practice(), input: EndToEnd.fullAnswers)
    #expect(practice.status == 0)
    #expect(
      practice.stderr == """
        mentor-coach: warning: \(coach.home.path) holds what people said, but other users can read and change it (mode 0777); 'chmod 700 \(coach.home.path)' makes it private
        mentor-coach: warning: \(sessions.path) holds what people said, but other users can read it (mode 0750); 'chmod 700 \(sessions.path)' makes it private

        """)
    let listed = try coach.run(["review", "list"], input: "")
    #expect(listed.stderr.components(separatedBy: "warning:").count == 3)
    #expect(chmod(coach.home.path, 0o700) == 0 && chmod(sessions.path, 0o700) == 0)
    #expect(try coach.run(["review", "list"], input: "").stderr == "")
  }

  @Test func theHistoryFolderAndFileArePrivate() throws {
    let coach = try BinaryRunner()
    let terminal = try coach.startOnTerminal(EndToEnd.practice())
    try terminal.expect("What worries you most about that first meeting?")
    try terminal.waitForRawMode()
    try terminal.send(":quit\r")
    #expect(try terminal.waitForExit() == 0)
    let history = coach.home.appendingPathComponent("state/history")
    #expect(try EndToEnd.mode(history) == 0o600)
    #expect(try EndToEnd.mode(history.deletingLastPathComponent()) == 0o700)
  }
}
