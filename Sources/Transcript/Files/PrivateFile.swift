public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way files other than transcripts are created: mode 0600 whatever the umask, and
/// never through a link someone planted.
///
/// Everything the program writes can hold what people said (a report holds every answer), so
/// no one else may read it. A file that replaces another is first written to a temporary file
/// beside it, created by `mkstemp` (`O_CREAT | O_EXCL`, a name no one can guess in advance),
/// and renamed over the old one: a symbolic link at the destination is replaced, never
/// followed, and a reader never sees half a file.
public enum PrivateFile {
  /// Writes `data` to `url` with mode 0600.
  ///
  /// - Parameters:
  ///   - data: The whole contents.
  ///   - url: The file to create or, with `replacing`, to replace.
  ///   - replacing: Whether an existing file (or link) at `url` is replaced; when false, an
  ///     existing one is an error and nothing is written.
  /// - Throws: ``TranscriptError/cannotWrite(path:reason:)`` with the reason.
  public static func write(_ data: Data, to url: URL, replacing: Bool = true) throws {
    let path = url.path
    guard replacing else {
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        throw TranscriptError.cannotWrite(path: path, reason: POSIX.lastError())
      }
      defer { POSIX.closeQuietly(descriptor) }
      do {
        try POSIX.writeAndSync(data, to: descriptor, path: path)
      } catch {
        POSIX.removeQuietly(path)
        throw error
      }
      return
    }
    var template = Array((path + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else {
      throw TranscriptError.cannotWrite(path: path, reason: POSIX.lastError())
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { POSIX.closeQuietly(descriptor) }
    do {
      _ = fchmod(descriptor, 0o600)
      try POSIX.writeAndSync(data, to: descriptor, path: path)
      guard rename(temporary, path) == 0 else {
        throw TranscriptError.cannotWrite(path: path, reason: POSIX.lastError())
      }
    } catch {
      POSIX.removeQuietly(temporary)
      throw error
    }
  }

  /// Creates a folder and any missing parents with mode 0700; existing folders are left as
  /// they are.
  ///
  /// - Parameter url: The folder.
  /// - Throws: ``TranscriptError/cannotCreateFolder(path:reason:)``.
  public static func makeFolder(_ url: URL) throws {
    try POSIX.makeFolder(url)
  }

  /// What others can do in a folder that should be private, or nil when they can do nothing
  /// (or it does not exist).
  ///
  /// - Parameter url: A folder, such as the data folder.
  /// - Returns: For example `other users can read and change it (mode 0777)`.
  public static func exposure(of url: URL) -> String? {
    var status = stat()
    guard stat(url.path, &status) == 0 else { return nil }
    let mode = Int(status.st_mode) & 0o777
    let reads = mode & 0o044 != 0
    let changes = mode & 0o022 != 0
    guard reads || changes || mode & 0o011 != 0 else { return nil }
    let what =
      switch (reads, changes) {
      case (true, true): "read and change it"
      case (true, false): "read it"
      case (false, true): "change it"
      case (false, false): "enter it"
      }
    return "other users can \(what) (mode 0\(String(mode, radix: 8)))"
  }
}
