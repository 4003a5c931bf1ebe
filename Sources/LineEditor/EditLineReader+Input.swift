import CEditLine
import Glibc

/// One step of scripted input for in-process tests (`EL_GETCFN` without a keyboard).
enum ScriptedInput: Equatable {
  /// Keys typed, one Unicode scalar per read.
  case text(String)
  /// Behaves as if Ctrl-C raised SIGINT during the read.
  case interrupt
  /// Behaves as if SIGTERM arrived during the read.
  case terminate
}

extension EditLineReader {
  private enum ByteRead {
    case byte(UInt8)
    case endOfFile
    case failed(Int32)
  }

  /// Replaces the terminal input with `script`; end of script reads as end of file.
  func useScriptedInput(_ inputs: [ScriptedInput]) {
    script = inputs.flatMap { input -> [ScriptedInput] in
      guard case .text(let text) = input else { return [input] }
      return text.unicodeScalars.map { .text(String($0)) }
    }
  }

  /// Produces the next wide character for libedit (the `EL_GETCFN` contract).
  func nextCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
    character.pointee = 0
    if script != nil { return nextScriptedCharacter(into: character) }
    while true {
      let byte: UInt8
      if let pending = replayByte {
        replayByte = nil
        byte = pending
      } else {
        switch readByte() {
        case .byte(let value): byte = value
        case .endOfFile: return 0
        case .failed(let code):
          errno = code
          return -1
        }
      }
      if case .scalar(let scalar, let replay) = decoder.feed(byte) {
        replayByte = replay
        character.pointee = wchar_t(bitPattern: scalar.value)
        return 1
      }
    }
  }

  /// Waits for one byte, giving up with `EINTR` as soon as Ctrl-C or a termination signal is seen.
  ///
  /// libedit (`EL_SIGNAL` 1) installs its own handlers when `el_gets` starts; they re-raise
  /// with `kill(0, signal)`, which reaches the whole process group, and they handle Ctrl-Z only
  /// once per line (the redraw after `fg` happens in libedit's own reader, which this one
  /// replaces). Re-installing ours before each wait keeps those signals away from libedit:
  /// Ctrl-Z restores the terminal, stops this process only, and redraws the line on `fg`. The
  /// job-control handlers are in place only inside `el_gets`; libedit puts the previous ones
  /// back when it returns. The 250 ms poll closes the gap between checking the flags and
  /// blocking.
  private func readByte() -> ByteRead {
    while true {
      SignalMonitor.install(Self.handledSignals + Self.jobControlSignals)
      if SignalMonitor.hasPendingTermination || SignalMonitor.hasPendingInterrupt {
        return .failed(EINTR)
      }
      if SignalMonitor.takePendingResize() {
        el_resize(editor)
      }
      if SignalMonitor.takePendingSuspend() {
        _ = cel_prep_term(editor, 0)
        SignalMonitor.stopSelf()
        _ = SignalMonitor.takePendingContinue()
        _ = cel_prep_term(editor, 1)
        _ = cel_refresh(editor)
        continue
      }
      if SignalMonitor.takePendingContinue() {
        _ = cel_prep_term(editor, 1)
        _ = cel_refresh(editor)
      }
      var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, 250)
      if ready == 0, let refreshed = promptRefresher?(), refreshed != promptText {
        redraw(prompt: refreshed)
      }
      if ready == 0 || (ready < 0 && errno == EINTR) { continue }
      if ready < 0 { return .failed(errno) }
      var byte: UInt8 = 0
      let count = read(inputDescriptor, &byte, 1)
      if count == 1 { return .byte(byte) }
      if count == 0 { return .endOfFile }
      if errno == EINTR || errno == EAGAIN { continue }
      return .failed(errno)
    }
  }

  private func nextScriptedCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
    guard var queue = script, !queue.isEmpty else { return 0 }
    let next = queue.removeFirst()
    script = queue
    switch next {
    case .text(let text):
      character.pointee = wchar_t(bitPattern: text.unicodeScalars.first?.value ?? 0)
      return 1
    case .interrupt:
      SignalMonitor.raiseInterruptFlag()
    case .terminate:
      SignalMonitor.raiseTerminationFlag(SIGTERM)
    }
    errno = EINTR
    return -1
  }
}
