import Foundation
import Glibc

/// An in-process pseudo-terminal pair for driving ``EditLineReader`` without a child process.
///
/// libedit needs terminals on both sides (with a pipe it switches to `NO_TTY` and does no
/// editing); the keys themselves come from scripted `EL_GETCFN` input.
final class PseudoTerminal {
  let master: Int32
  let input: UnsafeMutablePointer<FILE>
  let output: UnsafeMutablePointer<FILE>
  private var screen: [UInt8] = []

  init() throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else {
      throw PseudoTerminalError.openFailed(errno)
    }
    guard let input = fdopen(slave, "r"), let output = fdopen(dup(slave), "w") else {
      throw PseudoTerminalError.openFailed(errno)
    }
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    self.master = master
    self.input = input
    self.output = output
  }

  deinit {
    fclose(input)
    fclose(output)
    close(master)
  }

  /// Everything drawn on the terminal so far.
  var transcript: String {
    drain()
    return String(decoding: screen, as: UTF8.self)
  }

  /// Reads what the editor wrote, so that the terminal's buffer never fills up.
  func drain() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(master, &buffer, buffer.count)
      guard count > 0 else { return }
      screen.append(contentsOf: buffer[0..<count])
    }
  }
}

enum PseudoTerminalError: Error {
  case openFailed(Int32)
}
