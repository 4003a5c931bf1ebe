import Foundation

/// Finds mentions of known people in free text and replaces them by their pseudonyms.
///
/// Every part of a name counts, not only the whole: for `Maria Okafor` the text may say
/// `Maria Okafor`, `Maria`, `Okafor`, `MARIA`, `maria's`, `Marias'` or `Dr. Okafor`, and each
/// becomes `Participant 1` (a possessive keeps its `'s`; a title before a name goes with it). A
/// part must be a whole word, so `Ana` is replaced in `Ana's plan` but not in `banana`, and a
/// part of one letter (an initial) is left alone. Parts two people share are replaced by both
/// pseudonyms (`Participant 1 or Participant 2`), since the text cannot say which is meant.
/// Apostrophes match either way (`O'Brien`, `O’Brien`), and a name with accents is also found
/// written without them.
///
/// ``remainingNames(in:)`` is the check after replacement: it looks for the same parts in any
/// text with case and accents ignored on both sides, so a mention the replacement could not
/// reach (`José` typed as `JOSE`, a name in a field that is not replaced) is found.
struct NameReplacer {
  private let expression: NSRegularExpression?
  /// The replacement for each variant's key.
  private let replacements: [String: String]
  /// A name part as first written, for each variant's key.
  private let spellings: [String: String]

  /// Creates a replacer for people and their pseudonyms.
  ///
  /// - Parameter people: Each person's name as written and pseudonym.
  init(people: [(name: String, pseudonym: String)]) {
    var pseudonymsByKey: [String: [String]] = [:]
    var spellings: [String: String] = [:]
    var variants: Set<String> = []
    for (name, pseudonym) in people {
      for part in Self.variants(of: name) {
        for written in Set([part, Self.fold(part, keepingCase: true)]) {
          variants.insert(written)
        }
        let key = Self.key(part)
        if !(pseudonymsByKey[key, default: []].contains(pseudonym)) {
          pseudonymsByKey[key, default: []].append(pseudonym)
        }
        if spellings[key] == nil { spellings[key] = part }
      }
    }
    replacements = pseudonymsByKey.mapValues { $0.joined(separator: " or ") }
    self.spellings = spellings
    let alternatives = variants.sorted { ($0.count, $0) > ($1.count, $1) }.map(Self.pattern(for:))
    expression =
      alternatives.isEmpty
      ? nil
      : try? NSRegularExpression(
        pattern: "(?<![\\p{L}\\p{N}])(?:(?-i:\(Self.titles))\\.?\\s+)?("
          + alternatives.joined(separator: "|") + ")(?:(['’])s|s(['’]))?(?![\\p{L}\\p{N}])",
        options: [.caseInsensitive])
  }

  /// The text with every mention of a known name replaced.
  ///
  /// - Parameter text: Free text.
  /// - Returns: The text with each mention, title and possessive included, replaced.
  func replace(in text: String) -> String {
    guard let expression else { return text }
    var result = ""
    var rest = text.startIndex
    for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
      guard let whole = Range(match.range, in: text),
        let name = Range(match.range(at: 1), in: text),
        let replacement = replacements[Self.key(String(text[name]))]
      else { continue }
      result += text[rest..<whole.lowerBound]
      result += replacement
      for group in 2...3 {
        if let apostrophe = Range(match.range(at: group), in: text) {
          result += text[apostrophe] + "s"
        }
      }
      rest = whole.upperBound
    }
    return result + text[rest...]
  }

  /// The known name parts still found in a text, ignoring case and accents.
  ///
  /// - Parameter text: Text after replacement.
  /// - Returns: Each part found, as first written in a name.
  func remainingNames(in text: String) -> Set<String> {
    guard let expression else { return [] }
    let folded = Self.fold(text, keepingCase: true)
    var found: Set<String> = []
    for match in expression.matches(in: folded, range: NSRange(folded.startIndex..., in: folded)) {
      if let name = Range(match.range(at: 1), in: folded),
        let spelling = spellings[Self.key(String(folded[name]))]
      {
        found.insert(spelling)
      }
    }
    return found
  }

  /// Titles that go with the name after them (`Dr Okafor`, `Ms. Ruiz`), matched as written
  /// with a capital, so that `I miss Maria` keeps its verb.
  private static let titles = [
    "Dr", "Doctor", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame",
    "DR", "DOCTOR", "PROF", "PROFESSOR", "MR", "MRS", "MS", "MISS", "MX", "SIR", "DAME",
  ].joined(separator: "|")

  /// The whole name and each of its parts worth finding: words split at spaces and hyphens,
  /// without the punctuation around them or a title, of at least two letters.
  private static func variants(of name: String) -> [String] {
    let titleKeys = Set(titles.split(separator: "|").map { $0.lowercased() })
    let words = name.split(whereSeparator: \.isWhitespace)
      .map { $0.trimmingCharacters(in: .punctuationCharacters.subtracting(["'", "’"])) }
      .filter { !$0.isEmpty && !titleKeys.contains($0.lowercased().trimmingCharacters(in: ["."])) }
    var parts = words.count > 1 ? [words.joined(separator: " ")] : []
    for word in words {
      parts.append(word)
      let pieces = word.split(separator: "-").map(String.init)
      if pieces.count > 1 { parts += pieces }
    }
    return parts.filter { $0.unicodeScalars.filter(CharacterSet.letters.contains).count >= 2 }
  }

  /// A regular expression for one variant: any run of spaces between words, either apostrophe.
  private static func pattern(for variant: String) -> String {
    variant.split(whereSeparator: \.isWhitespace)
      .map { word in
        NSRegularExpression.escapedPattern(for: String(word)).map {
          $0 == "'" || $0 == "’" ? "['’]" : String($0)
        }.joined()
      }
      .joined(separator: "\\s+")
  }

  /// What two spellings of one name part have in common: case, accents, apostrophes and
  /// spacing set aside.
  private static func key(_ text: String) -> String {
    fold(text, keepingCase: false).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private static func fold(_ text: String, keepingCase: Bool) -> String {
    let options: String.CompareOptions =
      keepingCase ? [.diacriticInsensitive] : [.diacriticInsensitive, .caseInsensitive]
    return text.folding(options: options, locale: nil).replacingOccurrences(of: "’", with: "'")
  }
}
