/// Named lists of phrases, with includes expanded, ready for matching.
public struct ConceptTable: Sendable {
  /// Each concept's phrases, longest first so that matching prefers the fuller phrase.
  public private(set) var phrases: [String: [[Pattern.Word]]] = [:]
  /// Per concept, its phrases filed by their first word's stem, and those starting with a prefix.
  private var byFirstWord:
    [String: (exact: [String: [[Pattern.Word]]], prefixed: [[Pattern.Word]])] = [:]

  /// Whether whole words match other forms of themselves by stem (the default), or only
  /// exactly, as the safety net reads them.
  public var matchesStems = true

  /// An empty table.
  public init() {}

  /// Whether a concept of that name exists.
  public func contains(_ name: String) -> Bool { phrases[name] != nil }

  /// All concept names.
  public var names: Dictionary<String, [[Pattern.Word]]>.Keys { phrases.keys }

  /// Adds or replaces a concept from its raw entries, where `@name` includes another concept.
  ///
  /// Includes are resolved by `resolveIncludes(_:)` once every concept is added.
  mutating func add(_ name: String, phrases entries: [[Pattern.Word]]) {
    phrases[name] = entries
  }

  /// Expands `@other` entries (kept as one-word `@other` phrases) into the other's phrases.
  ///
  /// - Returns: the names of included concepts that do not exist.
  mutating func resolveIncludes(only names: Set<String>? = nil) -> [String] {
    var missing: [String] = []
    // Concepts outside `names` were resolved before (a shared table laid under this one).
    var resolved = names.map { only in phrases.filter { !only.contains($0.key) } } ?? [:]
    func expand(_ name: String, _ visiting: Set<String>) -> [[Pattern.Word]] {
      if let done = resolved[name] { return done }
      var result: [[Pattern.Word]] = []
      for phrase in phrases[name] ?? [] {
        if phrase.count == 1, phrase[0].text.hasPrefix("@") {
          let other = String(phrase[0].text.dropFirst())
          if phrases[other] == nil {
            missing.append(other)
          } else if !visiting.contains(other) {
            result += expand(other, visiting.union([other]))
          }
        } else {
          result.append(phrase)
        }
      }
      result.sort { $0.count > $1.count }
      resolved[name] = result
      return result
    }
    for name in names ?? Set(phrases.keys) { _ = expand(name, [name]) }
    let changed = names ?? Set(resolved.keys)
    phrases = resolved
    for name in changed {
      guard let list = resolved[name] else { continue }
      byFirstWord[name] = Self.index(list)
    }
    return missing
  }

  /// Files phrases by their first word's stem, and lists those that start with a prefix.
  private static func index(_ list: [[Pattern.Word]]) -> (
    exact: [String: [[Pattern.Word]]], prefixed: [[Pattern.Word]]
  ) {
    var exact: [String: [[Pattern.Word]]] = [:]
    var prefixed: [[Pattern.Word]] = []
    for phrase in list {
      guard let first = phrase.first else { continue }
      if first.isPrefix {
        prefixed.append(phrase)
      } else {
        exact[first.stem, default: []].append(phrase)
      }
    }
    return (exact, prefixed)
  }

  /// The end positions at which some phrase of `name` matches `tokens` from `start`, longest
  /// first.
  func ends(of name: String, in tokens: [Token], from start: Int) -> [Int] {
    guard start < tokens.count else { return [] }
    guard let index = byFirstWord[name] else {
      return Self.ends(of: phrases[name] ?? [], in: tokens, from: start, byStem: matchesStems)
    }
    let exact = index.exact[tokens[start].stem] ?? []
    if index.prefixed.isEmpty {
      return Self.ends(of: exact, in: tokens, from: start, byStem: matchesStems)
    }
    return Self.ends(of: exact + index.prefixed, in: tokens, from: start, byStem: matchesStems)
  }

  /// The end positions at which one of `options` matches `tokens` from `start`, longest first.
  static func ends(
    of options: [[Pattern.Word]], in tokens: [Token], from start: Int, byStem: Bool
  ) -> [Int] {
    var ends: [Int] = []
    for option in options where start + option.count <= tokens.count {
      var offset = 0
      while offset < option.count && option[offset].matches(tokens[start + offset], byStem: byStem)
      {
        offset += 1
      }
      if offset == option.count && !ends.contains(start + offset) { ends.append(start + offset) }
    }
    if ends.count > 1 { ends.sort(by: >) }
    return ends
  }
}
