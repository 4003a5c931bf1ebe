import Foundation

/// The system's English word list (Debian's `wamerican`), which tells real words from typos.
enum WordList {
  /// Where the list is looked for, in order.
  static let paths = ["/usr/share/dict/american-english", "/usr/share/dict/words"]

  /// A test of whether a lower-case word is in the list, or nil when there is no list.
  ///
  /// Without a list the coach corrects no typos. The list is read the first time a word is
  /// looked up, so commands and answers that never need it do not pay for reading it.
  static func lookup() -> (@Sendable (String) -> Bool)? {
    guard let path = paths.first(where: FileManager.default.isReadableFile(atPath:)) else {
      return nil
    }
    return { word in words(at: path).contains(word) }
  }

  /// The words of the list at `path`, in lower case, without possessives ("doctor's"); read
  /// once.
  private static func words(at path: String) -> Set<String> {
    if path == paths[0] { return first }
    return read(path)
  }

  private static let first = read(paths[0])

  private static func read(_ path: String) -> Set<String> {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    var words = Set<String>()
    for line in text.split(separator: "\n") where !line.contains("'") {
      words.insert(line.lowercased())
    }
    return words
  }
}
