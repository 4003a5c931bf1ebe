public import CEditLine
public import Foundation
import Glibc

/// A terminal line reader built on libedit: editing, Up/Down history, Tab completion.
///
/// Use it only when ``Terminal/isInteractive()`` is `true`; ``makeLineReader(programName:historyFile:)``
/// chooses for you. Create one instance per process (libedit keeps one global editor for
/// signals), keep it on one thread, and call ``close()`` before exiting.
///
/// Signals:
/// - Ctrl-C cancels the line, prints `^C` and a newline, and returns
///   ``ReadResult/interrupted(hadText:)``.
/// - Ctrl-D on an empty line returns ``ReadResult/endOfInput``.
/// - SIGTERM, SIGHUP and SIGQUIT make the read return ``ReadResult/terminated`` with the terminal
///   restored. They are not re-sent to the process group.
/// - Resize, Ctrl-Z and `fg` work while a line is being read: Ctrl-Z restores the terminal and
///   stops this process only; `fg` redraws the prompt and the line.
/// - Once a reader exists, SIGINT, SIGTERM, SIGHUP and SIGQUIT only set flags in ``SignalMonitor``, also
///   between reads; poll them during long work.
public final class EditLineReader: LineReader {
  /// The Tab completion provider; see ``LineReader/completer``.
  public var completer: (@Sendable (_ lineBeforeCursor: String) -> [String])?
  /// Asked about four times a second while a line is being read: the prompt to show now.
  ///
  /// When it differs from the prompt on screen, libedit redraws the prompt and the line from
  /// this thread, between keys, so nothing races the editor (a live countdown in the prompt).
  public var promptRefresher: (() -> String)?

  let editor: OpaquePointer
  let history: HistoryStore?
  let inputDescriptor: Int32
  let output: UnsafeMutablePointer<FILE>
  var prompt: UnsafeMutablePointer<CChar>?
  /// The prompt as given, before markup, to tell whether a refreshed one differs.
  var promptText = ""
  var decoder = UTF8ByteDecoder()
  var replayByte: UInt8?
  var script: [ScriptedInput]?
  private var isClosed = false

  /// Creates the editor, loads the history file and reads `~/.editrc`.
  ///
  /// - Parameters:
  ///   - programName: The name used to select settings in `~/.editrc` (`programName:bind …`).
  ///   - historyFile: Where persisted entries are loaded from and saved to, or `nil`. Its
  ///     folder is created (mode 0700) when the first entry is saved; the file gets mode 0600.
  ///     Only a regular file is loaded.
  ///   - input: The terminal to read; standard input when `nil`.
  ///   - output: The terminal to draw on; standard output when `nil`.
  ///   - error: Where libedit reports problems; standard error when `nil`.
  public init(
    programName: String,
    historyFile: URL?,
    input: UnsafeMutablePointer<FILE>? = nil,
    output: UnsafeMutablePointer<FILE>? = nil,
    error: UnsafeMutablePointer<FILE>? = nil
  ) {
    Self.useUTF8Locale()
    let inputFile = input ?? cel_stdin()
    let outputFile = output ?? cel_stdout()
    guard let editor = el_init(programName, inputFile, outputFile, error ?? cel_stderr()) else {
      fatalError("el_init failed: libedit could not allocate an editor")
    }
    self.editor = editor
    self.inputDescriptor = fileno(inputFile)
    self.output = outputFile
    self.history = HistoryStore(file: historyFile)
    configure()
  }

  deinit {
    close()
  }

  /// Reads one line with editing; see ``LineReader/readLine(prompt:)``.
  ///
  /// - Parameter prompt: Shown before the cursor; ANSI escape sequences are allowed.
  /// - Returns: The line (without `\n`), or why there is none.
  public func readLine(prompt: String) -> ReadResult {
    if isClosed { return .endOfInput }
    if SignalMonitor.takePendingTermination() { return .terminated }
    _ = SignalMonitor.takePendingInterrupt()
    setPrompt(prompt)
    var count: Int32 = 0
    if let line = el_gets(editor, &count) {
      return .line(Self.stripNewline(line, count: count))
    }
    if SignalMonitor.takePendingTermination() {
      write("\n")
      return .terminated
    }
    if SignalMonitor.takePendingInterrupt() {
      let info = el_line(editor)
      let hadText = info.map { $0.pointee.lastchar != $0.pointee.buffer } ?? false
      write("^C\n")
      return .interrupted(hadText: hadText)
    }
    write("\n")
    return .endOfInput
  }

  /// Adds an entry to the Up/Down history; see ``LineReader/addHistory(_:persistedAs:)``.
  ///
  /// - Parameters:
  ///   - line: The entry for this session; blank lines are skipped and long ones cut to 4 KB.
  ///   - entry: What to save to the history file for later sessions, or `nil` for nothing.
  public func addHistory(_ line: String, persistedAs entry: String?) {
    guard !isClosed else { return }
    history?.add(line, persistedAs: entry)
  }

  /// Restores the terminal (`el_end`), then frees the history (`history_end`).
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    el_end(editor)
    history?.close()
    free(prompt)
    prompt = nil
  }

  func write(_ text: String) {
    fputs(text, output)
    fflush(output)
  }

  func setPrompt(_ text: String) {
    promptText = text
    free(prompt)
    prompt = strdup(PromptMarkup.mark(text))
  }

  /// Forces a UTF-8 `LC_CTYPE`: without it libedit drops every non-ASCII byte.
  private static func useUTF8Locale() {
    setlocale(LC_CTYPE, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
    if codeset != "UTF-8" && codeset != "UTF8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  private static func stripNewline(_ line: UnsafePointer<CChar>, count: Int32) -> String {
    line.withMemoryRebound(to: UInt8.self, capacity: Int(count)) { bytes in
      var length = Int(max(count, 0))
      if length > 0 && bytes[length - 1] == UInt8(ascii: "\n") { length -= 1 }
      if length > 0 && bytes[length - 1] == UInt8(ascii: "\r") { length -= 1 }
      return String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
  }
}
