/// Finds the nearest valid name for a misspelt one, for "did you mean" notes.
public enum Suggestion {
  /// The candidate closest to `name` by edit distance, when it is close enough to be a typo.
  static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
    let limit = max(2, name.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(name, candidate)
      if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
    }
    return best?.0
  }

  /// A "did you mean" note for `name`, or none.
  static func notes(for name: String, in candidates: some Sequence<String>) -> [String] {
    nearest(to: name, in: candidates).map { ["did you mean '\($0)'?"] } ?? []
  }

  /// The Levenshtein distance between two strings, over Unicode scalars.
  public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.unicodeScalars)
    let b = Array(rhs.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
