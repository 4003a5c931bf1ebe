import Foundation
import Glibc
import TestSupport
import Testing

/// Finding 1 of the hardening issue: the history file keeps command names only, lives apart
/// from the transcripts, and a later session recalls nothing another one typed.
@Suite struct HistoryPrivacyTests {
  private static let up = "\u{1B}[A"
  private static let crisis = "I want to die some days, I feel so useless"
  private static let secrets = ["die some days", "Maria", "divorce", "cope", "clinic"]

  private func historyFile(_ coach: BinaryRunner) -> URL {
    coach.home.appendingPathComponent("state/history")
  }

  @Test func aLaterSessionRecallsNoAnswerNoteOrArgument() throws {
    let coach = try BinaryRunner()
    // A history file left in the data folder by an earlier version, full of answers.
    try FileManager.default.createDirectory(at: coach.home, withIntermediateDirectories: true)
    let legacy = coach.home.appendingPathComponent("history")
    try Data("_HiStOrY_V2_\nmy\\040divorce\\040story\n".utf8).write(to: legacy)

    let first = try coach.startOnTerminal(EndToEnd.practice() + ["--name", "Ana"])
    try first.expect("What worries you most about that first meeting?")
    try first.waitForRawMode()
    try first.send("I am so busy with clinic\r")
    try first.expect("completely ready)")
    try first.waitForRawMode()
    try first.send(":notes Maria Lopez is going through a divorce\r")
    try first.expect("is not a command")
    try first.waitForRawMode()
    try first.send(":n ask Maria about the divorce\r")
    try first.expect("Your note is saved.")
    try first.waitForRawMode()
    try first.send(Self.crisis + "\r")
    try first.waitForRawMode()
    try first.send(":quit I cannot cope\r")
    #expect(try first.waitForExit() == 0)
    #expect(!FileManager.default.fileExists(atPath: legacy.path))

    let saved = try String(contentsOf: historyFile(coach), encoding: .utf8)
    for secret in Self.secrets { #expect(!saved.contains(secret), "\(secret) in \(saved)") }
    #expect(saved.contains(":note"))
    #expect(saved.contains(":quit"))
    #expect(try EndToEnd.mode(historyFile(coach)) == 0o600)
    #expect(try EndToEnd.mode(historyFile(coach).deletingLastPathComponent()) == 0o700)

    let second = try coach.startOnTerminal(EndToEnd.practice() + ["--name", "Ben"])
    try second.expect("What worries you most about that first meeting?")
    try second.waitForRawMode()
    for _ in 0..<6 { try second.send(Self.up) }
    try second.expect(":note")
    try second.send("\r")
    try second.waitForRawMode()
    try second.send(":quit\r")
    #expect(try second.waitForExit() == 0)
    for secret in Self.secrets {
      #expect(!second.transcript.contains(secret), "\(secret) recalled")
    }
  }

  @Test func theHistoryFollowsXDGStateHomeWithoutAnExplicitDataFolder() throws {
    let coach = try BinaryRunner()
    let state = coach.folder.appendingPathComponent("state")
    var environment = coach.environment
    environment["XDG_STATE_HOME"] = state.path
    environment["XDG_DATA_HOME"] = coach.home.path
    let terminal = try PTYRunner(
      executable: coach.executable.path, arguments: EndToEnd.practice(), environment: environment)
    try terminal.expect("What worries you most about that first meeting?")
    try terminal.waitForRawMode()
    try terminal.send(":where\r")
    try terminal.waitForRawMode()
    try terminal.send(":q\r")
    #expect(try terminal.waitForExit() == 0)
    let saved = try String(
      contentsOf: state.appendingPathComponent("mentor-coach/history"), encoding: .utf8)
    #expect(saved.hasSuffix(":where\n:quit\n"))
  }

  @Test func aPlantedTemporaryLinkIsNotFollowed() throws {
    let coach = try BinaryRunner()
    let folder = historyFile(coach).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let target = coach.folder.appendingPathComponent("precious.txt")
    try Data("keep me\n".utf8).write(to: target)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("history.tmp"), withDestinationURL: target)
    let terminal = try coach.startOnTerminal(EndToEnd.practice())
    try terminal.expect("What worries you most about that first meeting?")
    try terminal.waitForRawMode()
    try terminal.send(":quit\r")
    #expect(try terminal.waitForExit() == 0)
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
    #expect(try String(contentsOf: historyFile(coach), encoding: .utf8).contains(":quit"))
  }
}
