import Foundation

/// Where a workshop sends what only the facilitator should read (`--notes-to PATH`): the
/// scenario's facilitator notes and the safety guidance, to a second terminal (such as
/// `/dev/pts/3`) or a file, away from the projected screen.
///
/// It is opened before the session starts, so a wrong path is a usage error, not a surprise
/// mid-workshop. A file is created with mode 0600 and appended to; a symbolic link is never
/// followed; anything but a terminal or a regular file is refused.
final class NotesChannel {
  let path: String
  private let descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Opens `path` for the facilitator's notes.
  ///
  /// - Throws: ``Failure/input(_:)`` naming the path and the reason.
  static func open(_ path: String) throws -> NotesChannel {
    let flags = O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK | O_CLOEXEC
    let descriptor = Foundation.open(path, flags, 0o600)
    guard descriptor >= 0 else {
      let reason = errno == ELOOP ? "it is a symbolic link" : String(cString: strerror(errno))
      throw Failure.input("cannot send facilitator notes to \(path): \(reason)")
    }
    var status = stat()
    let kind = fstat(descriptor, &status) == 0 ? status.st_mode & S_IFMT : 0
    guard kind == S_IFCHR || kind == S_IFREG else {
      close(descriptor)
      throw Failure.input(
        "cannot send facilitator notes to \(path): it is neither a terminal nor a regular file")
    }
    // Writes may wait for a terminal; only the open had to not block.
    _ = fcntl(descriptor, F_SETFL, O_WRONLY | O_APPEND)
    return NotesChannel(path: path, descriptor: descriptor)
  }

  /// Writes `text` whole, as far as the channel takes it; a channel that fails does not stop
  /// the room (the transcript keeps every note).
  func write(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      bytes = bytes.dropFirst(written)
    }
  }
}
