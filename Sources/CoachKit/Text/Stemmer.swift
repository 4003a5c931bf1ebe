internal import CStemmer
import Synchronization

/// Word stems by the Snowball English stemmer (Porter2) of libstemmer, so that a rule's
/// `cancel` finds "cancelled", "cancelling" and "cancellation".
///
/// One stemmer serves the process behind a lock (libstemmer's stemmers are not thread-safe),
/// with a cache of the words seen, which stays small for the vocabulary of mentors' answers.
public enum Stemmer {
  private struct State: ~Copyable {
    var stemmer: OpaquePointer? = sb_stemmer_new("english", "UTF_8")
    var cache: [String: String] = [:]
  }

  private static let state = Mutex(State())
  /// The cache is emptied when it grows past this many words.
  private static let cacheLimit = 50_000

  /// Pronouns whose stem would make them another word ("hers" would find "her", "ours"
  /// "our"): who an answer is about matters too much to blur.
  static let pronouns: Set<String> = [
    "hers", "his", "theirs", "ours", "yours", "mine", "its",
    "herself", "himself", "themselves", "ourselves", "yourself", "yourselves", "myself",
  ]

  /// Whether every character is a letter; ASCII words (nearly all) are judged byte by byte,
  /// without looking up Unicode properties, which is a large part of start-up otherwise.
  private static func isLetters(_ word: String) -> Bool {
    var isASCII = true
    for byte in word.utf8 {
      if byte >= 0x80 {
        isASCII = false
        break
      }
      if !(0x61...0x7A).contains(byte | 0x20) { return false }
    }
    return isASCII || word.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
  }

  /// The stem of a lower-case word; words that are not letters (numbers, punctuation), words
  /// of one or two letters and ``pronouns`` are their own stem.
  public static func stem(_ word: String) -> String {
    guard word.utf8.count > 2, !pronouns.contains(word), isLetters(word) else {
      return word
    }
    return state.withLock { state in
      if let known = state.cache[word] { return known }
      guard let stemmer = state.stemmer else { return word }
      var bytes = Array(word.utf8)
      let stem: String? = bytes.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress,
          let result = sb_stemmer_stem(stemmer, base, Int32(buffer.count))
        else { return nil }
        let length = Int(sb_stemmer_length(stemmer))
        return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
      }
      if state.cache.count >= cacheLimit { state.cache.removeAll(keepingCapacity: true) }
      state.cache[word] = stem ?? word
      return stem ?? word
    }
  }
}
