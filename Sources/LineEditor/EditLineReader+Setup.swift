import CEditLine
import Glibc

/// Finds the reader that owns `editor` through `EL_CLIENTDATA`.
private func owner(of editor: OpaquePointer?) -> EditLineReader? {
  guard let editor, let data = cel_get_clientdata(editor) else { return nil }
  return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

/// `EL_PROMPT_ESC` callback: the prompt buffer is owned by the reader and outlives the call.
private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = {
  owner(of: $0)?.prompt
}

/// `EL_ADDFN` callback bound to Tab.
private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
  guard let reader = owner(of: editor) else { return UInt8(CC_ERROR) }
  return reader.complete()
}

/// `EL_GETCFN` callback: one wide character per call, 0 at end of file, -1 on error or signal.
private let readCallback: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 =
  { editor, character in
    guard let reader = owner(of: editor), let character else { return -1 }
    return reader.nextCharacter(into: character)
  }

extension EditLineReader {
  /// The signals whose libedit handling is replaced by ``SignalMonitor``.
  static let handledSignals: [Int32] = [SIGINT, SIGWINCH] + SignalMonitor.terminationSignals

  /// Ctrl-Z and `fg`, handled by the reader only while it waits for a key.
  static let jobControlSignals: [Int32] = [SIGTSTP, SIGCONT]

  /// Configures the editor in the order libedit needs: `el_source` before the key bindings.
  func configure() {
    prompt = strdup("")
    _ = cel_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    _ = cel_set_editor(editor, "emacs")
    _ = cel_set_signal(editor, 1)
    if let history {
      _ = cel_set_hist(editor, history.session)
    }
    _ = cel_set_prompt_esc(editor, promptCallback, PromptMarkup.delimiter)
    _ = cel_set_getcfn(editor, readCallback)
    _ = el_source(editor, nil)
    _ = cel_add_function(
      editor, "lineeditor-complete", "Complete the word before the cursor", completeCallback)
    _ = cel_bind(editor, "^I", "lineeditor-complete")
    SignalMonitor.install(Self.handledSignals)
  }

  /// Carries out a ``CompletionPlan`` for the word before the cursor.
  func complete() -> UInt8 {
    guard let completer, let info = el_line(editor),
      let buffer = info.pointee.buffer, let cursor = info.pointee.cursor
    else { return UInt8(CC_REFRESH_BEEP) }
    let length = buffer.distance(to: cursor)
    let before = buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
      String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
    switch CompletionPlan.make(lineBeforeCursor: before, candidates: completer(before)) {
    case .insert(let text):
      return el_insertstr(editor, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
    case .list(let words):
      fputs("\n" + words.joined(separator: "  ") + "\n", output)
      return UInt8(CC_REDISPLAY)
    case .beep:
      return UInt8(CC_REFRESH_BEEP)
    }
  }
}
