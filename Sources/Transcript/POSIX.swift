import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls the writer needs, with errors turned into ``TranscriptError``.
enum POSIX {
  /// The text of the current `errno`, such as `Permission denied`.
  static func lastError() -> String {
    String(cString: strerror(errno))
  }

  /// Creates a folder and any missing parents with mode 0700; existing folders are left
  /// alone.
  static func makeFolder(_ url: URL) throws {
    let path = url.standardizedFileURL.path
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw TranscriptError.cannotCreateFolder(path: path, reason: "a file is in the way")
      }
      return
    }
    let parent = url.standardizedFileURL.deletingLastPathComponent()
    if parent.path != path { try makeFolder(parent) }
    guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
      throw TranscriptError.cannotCreateFolder(path: path, reason: lastError())
    }
    _ = chmod(path, 0o700)
  }

  /// Opens an existing regular file for appending, never through a symbolic link.
  static func openForAppend(_ path: String) throws -> Int32 {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else {
      let reason = errno == ELOOP ? "it is a symbolic link, which is not followed" : lastError()
      throw TranscriptError.cannotWrite(path: path, reason: reason)
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      _ = close(descriptor)
      throw TranscriptError.cannotWrite(path: path, reason: "it is not a regular file")
    }
    let flags = fcntl(descriptor, F_GETFL)
    if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    return descriptor
  }

  /// Creates a new file with mode 0600, open for appending; returns nil if it already exists.
  static func createNew(_ path: String) throws -> Int32? {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_CREAT | O_EXCL, 0o600)
    guard descriptor >= 0 else {
      if errno == EEXIST { return nil }
      throw TranscriptError.cannotWrite(path: path, reason: lastError())
    }
    _ = fchmod(descriptor, 0o600)
    return descriptor
  }

  /// Writes all bytes (one `write` in the normal case) and then `fsync`s the file.
  static func writeAndSync(_ data: Data, to descriptor: Int32, path: String) throws {
    try data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw TranscriptError.cannotWrite(path: path, reason: lastError())
        }
        offset += written
      }
    }
    while fsync(descriptor) != 0 {
      if errno == EINTR { continue }
      throw TranscriptError.cannotWrite(path: path, reason: lastError())
    }
  }

  /// Flushes a folder's entries to disk, so that a new file's name survives a crash.
  static func syncFolder(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }

  /// Cuts an open file to `length` bytes and syncs it.
  static func cut(_ descriptor: Int32, to length: Int, path: String) throws {
    guard ftruncate(descriptor, off_t(length)) == 0 else {
      throw TranscriptError.cannotWrite(path: path, reason: lastError())
    }
    _ = fsync(descriptor)
  }

  /// Takes the advisory lock of a session's transcript (`flock`, exclusive, without waiting);
  /// it is released when the descriptor is closed, and by the system if the process dies.
  ///
  /// A file system without locks (`ENOLCK`, `EINVAL`) is let through: the lock guards against
  /// a second window, and no lock at all must not stop a person from continuing.
  static func lockSession(_ descriptor: Int32, path: String) throws {
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      switch errno {
      case EINTR: continue
      case EWOULDBLOCK: throw TranscriptError.sessionInUse(path: path)
      default: return
      }
    }
  }

  /// Closes a descriptor, ignoring errors (the data was already synced).
  static func closeQuietly(_ descriptor: Int32) {
    _ = close(descriptor)
  }

  /// Removes a file, ignoring errors.
  static func removeQuietly(_ path: String) {
    _ = unlink(path)
  }
}
