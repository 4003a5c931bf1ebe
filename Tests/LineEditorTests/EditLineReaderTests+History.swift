import Foundation
import Glibc
import Testing

@testable import LineEditor

/// History file tests share the serialized suite: they create libedit editors too.
extension EditLineReaderTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lineeditor-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func savesOnlyPersistedEntriesWithPrivateMode() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("not-yet/history")
    let terminal = try PseudoTerminal()
    let reader = EditLineReader(
      programName: "lineeditor-tests", historyFile: file, input: terminal.input,
      output: terminal.output, error: terminal.output)
    reader.addHistory(":help", persistedAs: ":help")
    reader.addHistory("my private answer", persistedAs: nil)
    reader.addHistory("café :back", persistedAs: "café :back")
    reader.addHistory(":note my secret", persistedAs: ":note")
    reader.useScriptedInput([.text("\u{1B}[A\u{1B}[A\n")])
    #expect(reader.readLine(prompt: "> ") == .line("café :back"))
    reader.close()

    let saved = try String(contentsOf: file, encoding: .utf8)
    #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
    #expect(saved.contains(":help"))
    #expect(saved.contains("café"))
    #expect(saved.contains(":note"))
    #expect(!saved.contains("private"))
    #expect(!saved.contains("secret"))
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  @Test func loadsSavedEntriesInTheNextSession() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("history")
    do {
      let terminal = try PseudoTerminal()
      let first = EditLineReader(
        programName: "lineeditor-tests", historyFile: file, input: terminal.input,
        output: terminal.output, error: terminal.output)
      first.addHistory("an answer of the first session", persistedAs: nil)
      first.addHistory(":where now", persistedAs: ":where")
      first.close()
    }
    let terminal = try PseudoTerminal()
    let second = EditLineReader(
      programName: "lineeditor-tests", historyFile: file, input: terminal.input,
      output: terminal.output, error: terminal.output)
    defer { second.close() }
    second.useScriptedInput([.text("\u{1B}[A\u{1B}[A\n")])
    #expect(second.readLine(prompt: "> ") == .line(":where"))
  }

  @Test func capsLongEntries() {
    let long = String(repeating: "é", count: 5000)
    let capped = HistoryLimits.capped(long)
    #expect(capped.utf8.count <= HistoryLimits.maximumEntryBytes)
    #expect(capped.utf8.count > HistoryLimits.maximumEntryBytes - 2)
    #expect(HistoryLimits.capped("short") == "short")
  }
}
