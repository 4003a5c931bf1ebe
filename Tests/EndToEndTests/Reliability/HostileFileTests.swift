import Foundation
import Glibc
import TestSupport
import Testing

/// Findings 5, 8, 10 and 11 of the hardening issue: FIFOs, links and bad bytes in the folders
/// the program reads are skipped with their real reason, and never hang or stop the rest.
@Suite struct HostileFileTests {
  /// A data folder with one real session, a FIFO and a link to `/dev/zero` beside it.
  private func plantedHome() throws -> BinaryRunner {
    let coach = try BinaryRunner()
    #expect(try coach.run(EndToEnd.practice(), input: "I am so busy with clinic\n").status == 0)
    let sessions = coach.home.appendingPathComponent("sessions")
    #expect(
      mkfifo(sessions.appendingPathComponent("20990101-000000-fifo-aaaa.jsonl").path, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: sessions.appendingPathComponent("20990101-000001-zero-bbbb.jsonl").path,
      withDestinationPath: "/dev/zero")
    return coach
  }

  @Test(arguments: [
    ["review", "list"], ["review", "search", "busy"], ["review", "report"],
  ])
  func reviewCommandsSkipAFIFOAndALinkToDevZero(_ arguments: [String]) throws {
    let coach = try plantedHome()
    let result = try coach.run(arguments, timeout: .seconds(30))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("FIFO"), "\(result.stderr)")
    #expect(result.stderr.contains("symbolic link, which is not followed"))
  }

  @Test func resumeAndTheFromOptionSkipThemToo() throws {
    let coach = try plantedHome()
    let sessions = coach.home.appendingPathComponent("sessions").path
    let listed = try coach.run(["review", "list", "--from", sessions], timeout: .seconds(30))
    #expect(listed.stdout.contains("first-meeting"))
    let resumed = try coach.run(
      ["resume"] + EndToEnd.fixtureOptions, input: Data(":quit\n".utf8), timeout: .seconds(30))
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(EndToEnd.types(events).contains("resumed"))
  }

  @Test func resumeDoesNotFollowASymlinkedTranscript() throws {
    let coach = try BinaryRunner()
    #expect(try coach.run(EndToEnd.practice(), input: "I am so busy with clinic\n").status == 0)
    let original = try #require(coach.sessionFiles().first)
    let outside = coach.folder.appendingPathComponent("outside.jsonl")
    try FileManager.default.moveItem(at: original, to: outside)
    try FileManager.default.createSymbolicLink(at: original, withDestinationURL: outside)
    let before = try Data(contentsOf: outside)
    let id = original.deletingPathExtension().lastPathComponent
    let result = try coach.run(["resume", id] + EndToEnd.fixtureOptions, input: ":quit\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("symbolic link, which is not followed"))
    #expect(try Data(contentsOf: outside) == before)
  }

  /// A scenario folder with one good file and every kind of bad one.
  private func plantedScenarios(_ coach: BinaryRunner) throws -> URL {
    let folder = coach.folder.appendingPathComponent("scenarios")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: EndToEnd.scenarioFile, to: folder.appendingPathComponent("first-meeting.yaml"))
    // A Windows-1252 apostrophe (0x92) in a title.
    try Data("id: day\ntitle: Mentor".utf8 + [0x92] + Data("s day\n".utf8)).write(
      to: folder.appendingPathComponent("cp1252.yaml"))
    #expect(mkfifo(folder.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("zero.yaml").path, withDestinationPath: "/dev/zero")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("loop.yaml").path, withDestinationPath: "loop.yaml")
    return folder
  }

  @Test func oneBadScenarioFileIsSkippedWithItsRealReasonAndTheRestWork() throws {
    let coach = try BinaryRunner()
    let folder = try plantedScenarios(coach)
    let options = ["--prompts", EndToEnd.prompts.path, "--scenarios", folder.path]
    let listed = try coach.run(["list"] + options, timeout: .seconds(30))
    #expect(listed.status == 0)
    #expect(listed.stdout.contains("first-meeting"))
    #expect(listed.stderr.contains("cp1252.yaml:2:14: this byte is not UTF-8 text"))
    #expect(listed.stderr.contains("fifo.yaml:1:1: cannot read this file: it is a FIFO"))
    #expect(listed.stderr.contains("zero.yaml:1:1: cannot read this file: it is a symbolic link"))
    #expect(
      listed.stderr.contains(
        "loop.yaml:1:1: cannot read this file: it is a symbolic link that loops"))
    let practised = try coach.run(
      ["practice", "first-meeting"] + options, input: Data(":quit\n".utf8), timeout: .seconds(30))
    #expect(practised.status == 0, "\(practised.stderr)")
    let validated = try coach.run(["validate", folder.path, "--prompts", EndToEnd.prompts.path])
    #expect(validated.status == 1)
    #expect(validated.stderr.contains("[unreadable-file]"))
  }

  @Test func aSymlinkLoopGivenAsAScenarioPathIsNamedAsOne() throws {
    let coach = try BinaryRunner()
    let loop = coach.folder.appendingPathComponent("loop")
    try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: "loop")
    let result = try coach.run(["validate", loop.path, "--prompts", EndToEnd.prompts.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("a symbolic link loops back on itself"))
  }

  @Test(.enabled(if: geteuid() != 0, "root reads every file: permissions cannot be tested"))
  func anUnreadableFileAndFolderSayPermissionDenied() throws {
    let coach = try BinaryRunner()
    let folder = try plantedScenarios(coach)
    let locked = folder.appendingPathComponent("locked.yaml")
    try FileManager.default.copyItem(at: EndToEnd.scenarioFile, to: locked)
    chmod(locked.path, 0)
    let closed = coach.folder.appendingPathComponent("closed")
    try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
    chmod(closed.path, 0)
    defer { chmod(closed.path, 0o700) }
    let result = try coach.run([
      "list", "--prompts", EndToEnd.prompts.path, "--scenarios", folder.path, "--scenarios",
      closed.path,
    ])
    #expect(result.stderr.contains("locked.yaml:1:1: cannot read this file: Permission denied"))
    #expect(result.stderr.contains("cannot list this folder: Permission denied"))
  }
}
