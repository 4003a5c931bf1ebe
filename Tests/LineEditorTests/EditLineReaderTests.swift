import Foundation
import Glibc
import Testing

@testable import LineEditor

/// In-process tests of the libedit reader: a real pseudo-terminal, scripted keys.
///
/// Serialized because libedit keeps one global editor for signal handling.
@Suite(.serialized) struct EditLineReaderTests {
  private static let commands: @Sendable (String) -> [String] = { _ in
    [":help", ":history", ":quit", ":back"]
  }

  private func makeReader(
    _ terminal: PseudoTerminal, historyFile: URL? = nil
  ) -> EditLineReader {
    let reader = EditLineReader(
      programName: "lineeditor-tests", historyFile: historyFile, input: terminal.input,
      output: terminal.output, error: terminal.output)
    reader.completer = Self.commands
    return reader
  }

  private func read(
    _ reader: EditLineReader, _ terminal: PseudoTerminal, _ keys: [ScriptedInput]
  ) -> ReadResult {
    reader.useScriptedInput(keys)
    let result = reader.readLine(prompt: "coach> ")
    terminal.drain()
    return result
  }

  @Test func readsATypedLine() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    #expect(read(reader, terminal, [.text("hello world\n")]) == .line("hello world"))
  }

  @Test func upArrowRecallsEarlierEntries() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    reader.addHistory("first entry", persistedAs: nil)
    reader.addHistory("second entry", persistedAs: nil)
    #expect(read(reader, terminal, [.text("\u{1B}[A\n")]) == .line("second entry"))
    #expect(read(reader, terminal, [.text("\u{1B}[A\u{1B}[A\n")]) == .line("first entry"))
  }

  @Test func tabCompletesAUniqueCommand() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    #expect(read(reader, terminal, [.text(":he\t\n")]) == .line(":help "))
    #expect(read(reader, terminal, [.text(":q\tnow\n")]) == .line(":quit now"))
  }

  @Test func tabListsSeveralMatchesAndBeepsOnNone() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    #expect(read(reader, terminal, [.text(":h\t\n")]) == .line(":h"))
    #expect(terminal.transcript.contains(":help  :history"))
    #expect(read(reader, terminal, [.text(":x\t\n")]) == .line(":x"))
  }

  @Test func keepsUTF8Text() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    let text = "héllo café 😀 日本"
    #expect(read(reader, terminal, [.text(text + "\n")]) == .line(text))
  }

  @Test func ctrlCReportsWhetherTheLineHadText() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    #expect(read(reader, terminal, [.text("half"), .interrupt]) == .interrupted(hadText: true))
    #expect(terminal.transcript.contains("half^C"))
    #expect(read(reader, terminal, [.text("next\n")]) == .line("next"))
    #expect(read(reader, terminal, [.interrupt]) == .interrupted(hadText: false))
  }

  @Test func ctrlDOnAnEmptyLineEndsInput() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    #expect(read(reader, terminal, [.text("\u{4}")]) == .endOfInput)
    #expect(read(reader, terminal, []) == .endOfInput)
  }

  @Test func terminationSignalEndsTheRead() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    #expect(read(reader, terminal, [.text("draft"), .terminate]) == .terminated)
    #expect(!SignalMonitor.takePendingTermination())
  }

  @Test func colourPromptIsSentAsEscapes() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    defer { reader.close() }
    reader.useScriptedInput([.text("x\n")])
    #expect(reader.readLine(prompt: "\u{1B}[1;32mcoach\u{1B}[0m> ") == .line("x"))
    let screen = terminal.transcript
    #expect(screen.contains("\u{1B}[1;32mcoach\u{1B}[0m> "))
    #expect(!screen.contains("\u{1}"))
  }

  @Test func closeIsIdempotentAndEndsInput() throws {
    let terminal = try PseudoTerminal()
    let reader = makeReader(terminal)
    reader.close()
    reader.close()
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
  }
}
