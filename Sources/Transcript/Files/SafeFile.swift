import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way files are opened for reading: never through a symbolic link, only regular
/// files, only up to a size limit.
///
/// A FIFO, a device, or a link to `/dev/zero` planted in a sessions or scenario folder would
/// otherwise hang a reader or eat memory until the process dies. The file is opened with
/// `O_NOFOLLOW | O_NONBLOCK` (so that neither a link nor a FIFO can block the open), checked
/// with `fstat` on the open descriptor (so that nothing can be swapped in between), and read
/// only if it is a regular file of at most `limit` bytes.
public enum SafeFile {
  /// The largest transcript read: 64 MiB, some hundred thousand answers.
  public static let transcriptLimit = 64 << 20

  /// Opens `path` for reading after the checks above.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: The largest size accepted, in bytes.
  /// - Returns: The open descriptor (blocking again, close it yourself) and the file's size.
  /// - Throws: ``TranscriptError/cannotRead(path:reason:)`` with a reason a person can act on.
  public static func open(_ path: String, limit: Int) throws -> (descriptor: Int32, size: Int) {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else {
      throw TranscriptError.cannotRead(path: path, reason: openFailure(path, errno))
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let reason = POSIX.lastError()
      _ = close(descriptor)
      throw TranscriptError.cannotRead(path: path, reason: reason)
    }
    if let kind = irregularKind(status.st_mode) {
      _ = close(descriptor)
      throw TranscriptError.cannotRead(path: path, reason: "it is \(kind), not a regular file")
    }
    let size = Int(status.st_size)
    guard size <= limit else {
      _ = close(descriptor)
      throw TranscriptError.cannotRead(
        path: path, reason: "it is \(size) bytes long, more than the \(limit) bytes allowed")
    }
    let flags = fcntl(descriptor, F_GETFL)
    if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    return (descriptor, size)
  }

  /// Reads a whole file after the checks of ``open(_:limit:)``.
  ///
  /// A file that grows past `limit` while it is read is refused as well.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: The largest size accepted, in bytes.
  /// - Returns: Its bytes.
  /// - Throws: ``TranscriptError/cannotRead(path:reason:)``.
  public static func read(_ path: String, limit: Int) throws -> [UInt8] {
    let (descriptor, size) = try open(path, limit: limit)
    defer { _ = close(descriptor) }
    // One byte more than the size, so that the read after the last byte finds the end at once
    // instead of growing the buffer.
    var bytes = [UInt8](repeating: 0, count: max(size + 1, 4096))
    var filled = 0
    while true {
      if filled == bytes.count {
        guard bytes.count <= limit else {
          throw TranscriptError.cannotRead(
            path: path, reason: "it grew past the \(limit) bytes allowed while being read")
        }
        bytes.append(contentsOf: repeatElement(0, count: bytes.count))
      }
      let count = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
      }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        throw TranscriptError.cannotRead(path: path, reason: POSIX.lastError())
      }
      filled += count
    }
    bytes.removeSubrange(min(filled, limit + 1)...)
    guard filled <= limit else {
      throw TranscriptError.cannotRead(
        path: path, reason: "it grew past the \(limit) bytes allowed while being read")
    }
    return bytes
  }

  /// Reads a whole file as UTF-8 text after the checks of ``open(_:limit:)``.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: The largest size accepted, in bytes.
  /// - Returns: The text.
  /// - Throws: ``TranscriptError/cannotRead(path:reason:)``, naming the line and column of
  ///   the first byte that is not UTF-8.
  public static func readText(_ path: String, limit: Int) throws -> String {
    let bytes = try read(path, limit: limit)
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let (line, column) = firstInvalidByte(bytes)
    throw TranscriptError.cannotRead(
      path: path, reason: "it is not UTF-8 text (line \(line), column \(column))")
  }

  /// The 1-based line and column (in characters before it) of the first invalid UTF-8 byte.
  ///
  /// - Parameter bytes: Text that failed to decode as UTF-8.
  /// - Returns: Where the first invalid byte is.
  public static func firstInvalidByte(_ bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    var index = 0
    while index < bytes.count {
      let length = validSequenceLength(bytes, at: index)
      guard length > 0 else { break }
      if bytes[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
      index += length
    }
    let before = String(decoding: bytes[lineStart..<index], as: UTF8.self)
    return (line, before.unicodeScalars.count + 1)
  }

  /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
  private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    let slice = Array(bytes[index..<index + length])
    return String(validating: slice, as: UTF8.self) == nil ? 0 : length
  }

  /// A reader's words for a failed `open`: a link is named as such, a loop as a loop.
  private static func openFailure(_ path: String, _ code: Int32) -> String {
    guard code == ELOOP else { return String(cString: strerror(code)) }
    var status = stat()
    if lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK {
      if stat(path, &status) != 0 && errno == ELOOP {
        return "it is a symbolic link that loops back on itself"
      }
      return "it is a symbolic link, which is not followed"
    }
    return "a symbolic link on the way to it loops back on itself"
  }

  /// What a non-regular file is, in words, or nil for a regular file.
  private static func irregularKind(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "a folder"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  /// Reads up to `count` bytes at `offset` of an open file (fewer at its end).
  ///
  /// - Parameters:
  ///   - descriptor: A descriptor from ``open(_:limit:)``.
  ///   - offset: Where to start.
  ///   - count: How many bytes at most.
  /// - Returns: The bytes read.
  static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: max(0, count))
    var filled = 0
    while filled < bytes.count {
      let read = bytes.withUnsafeMutableBytes { buffer in
        pread(
          descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled,
          off_t(offset + filled))
      }
      if read < 0 && errno == EINTR { continue }
      guard read > 0 else { break }
      filled += read
    }
    bytes.removeSubrange(filled...)
    return bytes
  }
}
