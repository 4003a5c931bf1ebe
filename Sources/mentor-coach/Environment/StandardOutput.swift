import Foundation
import Glibc
import Synchronization

/// The errno of the first failed write to standard output in a session, 0 while none failed.
private let sessionFailure = Atomic<Int32>(0)
/// 1 while a session runs: a failed write is then remembered instead of ending the program.
private let sessionMode = Atomic<Int32>(0)

/// The one path for writing to standard output.
///
/// Every write goes through `write(2)` with the whole buffer, retried on `EINTR`. When a write
/// fails (a full disk, a closed pipe, a closed terminal):
/// - outside a session, `mentor-coach: cannot write output: REASON` goes to standard error and
///   the program exits with status 2;
/// - in a session (after ``beginSession()``), the failure is remembered, later writes are
///   dropped, and the session loop sees ``sessionFailureReason`` and pauses cleanly, so the
///   transcript ends with a `paused` event.
///
/// SIGPIPE keeps its default action outside sessions, so `mentor-coach review list | head -1`
/// ends quietly as other filters do; a caller that ignores SIGPIPE gets the message and exit 2.
/// A session ignores SIGPIPE, so that a closed pipe becomes a failed write and a clean pause.
enum StandardOutput {
  /// Writes `text` to standard output, handling a failure as described above.
  static func write(_ text: String) {
    if sessionFailure.load(ordering: .sequentiallyConsistent) != 0 { return }
    guard let code = writeAll(text, to: STDOUT_FILENO) else { return }
    if sessionMode.load(ordering: .sequentiallyConsistent) != 0 {
      _ = sessionFailure.compareExchange(
        expected: 0, desired: code, ordering: .sequentiallyConsistent)
      return
    }
    fail(code)
  }

  /// Prints the message for `code` and exits with status 2.
  static func fail(_ code: Int32) -> Never {
    Console.error("mentor-coach: cannot write output: \(reason(code))")
    exit(2)
  }

  /// Switches to session mode and ignores SIGPIPE (see the type's description).
  static func beginSession() {
    signal(SIGPIPE, SIG_IGN)
    sessionMode.store(1, ordering: .sequentiallyConsistent)
  }

  /// Why a write failed during the session, or nil while every write succeeded.
  static var sessionFailureReason: String? {
    let code = sessionFailure.load(ordering: .sequentiallyConsistent)
    return code == 0 ? nil : reason(code)
  }

  /// Writes every byte of `text` to `descriptor`; returns the errno of a failure, or nil.
  static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { buffer -> Int32? in
      var offset = 0
      while offset < buffer.count {
        guard let base = buffer.baseAddress else { return nil }
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else if written < 0 && errno == EAGAIN {
          var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&ready, 1, 1000)
        } else {
          return written == 0 ? EIO : errno
        }
      }
      return nil
    }
  }

  /// The system's words for `code`, as `strerror` gives them ("No space left on device").
  static func reason(_ code: Int32) -> String {
    String(validatingCString: strerror(code)) ?? "error \(code)"
  }
}
