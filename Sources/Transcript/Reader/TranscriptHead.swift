import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a transcript's `started` event from the start of its file, without reading the rest.
enum TranscriptHead {
  /// The most bytes read: a `started` event is a few hundred bytes, a long workshop title and
  /// many participants a few kilobytes.
  static let window = 64 << 10

  /// The `started` event on a transcript's first line, or nil when the first line is not one
  /// (or is longer than `window`).
  ///
  /// - Parameter url: The transcript.
  /// - Returns: The fields of its `started` event.
  /// - Throws: ``TranscriptError/cannotRead(path:reason:)`` from ``SafeFile``.
  static func started(_ url: URL) throws -> SessionStarted? {
    let (descriptor, size) = try SafeFile.open(url.path, limit: SafeFile.transcriptLimit)
    defer { _ = close(descriptor) }
    let bytes = SafeFile.read(descriptor, at: 0, count: min(size, window))
    guard let end = bytes.firstIndex(of: 0x0A),
      let event = try? JSONDecoder().decode(TranscriptEvent.self, from: Data(bytes[..<end])),
      case .started(let started) = event.payload
    else { return nil }
    return started
  }
}
