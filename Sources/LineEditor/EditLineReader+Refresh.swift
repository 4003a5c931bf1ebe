import CEditLine
import Glibc

extension EditLineReader {
  /// Replaces the prompt on screen while a line is being read, keeping the line and cursor.
  ///
  /// Runs on the reading thread, between keys. libedit's `EL_REFRESH` forgets what it drew and
  /// draws the prompt and line again from where it believes the edit area starts, so the
  /// cursor is first taken back there (carriage return, up as many rows as the prompt and the
  /// text before the cursor fill) and the old edit area is cleared: nothing outside the lines
  /// libedit draws on is touched.
  func redraw(prompt newPrompt: String) {
    let columns = max(1, Self.columns(of: fileno(output)))
    let used = PromptMarkup.visibleWidth(promptText) + textBeforeCursor().unicodeScalars.count
    let row = used / columns
    write("\r" + (row > 0 ? "\u{1B}[\(row)A" : "") + "\u{1B}[J")
    setPrompt(newPrompt)
    _ = cel_refresh(editor)
  }

  /// Takes the line just read off the screen (the prompt and what was typed), and shows
  /// `replacement` after the prompt instead: for private words, such as a workshop note on a
  /// projected screen.
  ///
  /// Call it right after ``readLine(prompt:)`` returned the line, before writing anything.
  ///
  /// - Parameters:
  ///   - line: The line returned.
  ///   - replacement: What to show after the prompt instead.
  public func hideLastLine(_ line: String, showing replacement: String) {
    let columns = max(1, Self.columns(of: fileno(output)))
    let used = PromptMarkup.visibleWidth(promptText) + line.unicodeScalars.count
    let rows = used / columns + 1
    write("\u{1B}[\(rows)A\r\u{1B}[J" + promptText + replacement + "\n")
  }

  private func textBeforeCursor() -> String {
    guard let info = el_line(editor), let buffer = info.pointee.buffer,
      let cursor = info.pointee.cursor
    else { return "" }
    let start = UnsafeRawPointer(buffer)
    let count = UnsafeRawPointer(cursor) - start
    guard count > 0 else { return "" }
    return String(
      decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  }

  private static func columns(of descriptor: Int32) -> Int {
    var size = winsize()
    return ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
      ? Int(size.ws_col) : 80
  }
}
