import CoachKit
import Foundation
import TestSupport
import Testing

/// Every key the loaders accept is in a key table of docs/scenario-format.md, and every key
/// documented there is accepted.
@Suite struct FormatKeysDocumentationTests {
  /// The keys of each table marked `<!-- keys: NAME -->`: the first column's `code`.
  static func documentedKeys() throws -> [String: [String]] {
    let text = try BundledPrompts.text("docs/scenario-format.md")
    var tables: [String: [String]] = [:]
    var current: String?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("<!-- keys: ") {
        let name = line.dropFirst("<!-- keys: ".count).dropLast(" -->".count)
        current = String(name)
        tables[String(name)] = []
      } else if let name = current, line.hasPrefix("| `") {
        let cell = line.dropFirst(3).prefix { $0 != "`" }
        tables[name, default: []].append(String(cell))
      } else if current != nil, !line.hasPrefix("|") {
        if !(tables[current ?? ""] ?? []).isEmpty { current = nil }
      }
    }
    return tables
  }

  @Test func everyKeyIsDocumentedAndEveryDocumentedKeyIsAccepted() throws {
    let documented = try Self.documentedKeys()
    for (place, keys) in FormatKeys.all {
      let table = try #require(
        documented[place], "docs/scenario-format.md has no table marked '<!-- keys: \(place) -->'")
      #expect(
        Set(keys).subtracting(table).sorted() == [], "keys of '\(place)' missing from the docs")
      #expect(
        Set(table).subtracting(keys).sorted() == [], "keys of '\(place)' the loader does not know")
    }
    #expect(Set(documented.keys) == Set(FormatKeys.all.map(\.place)))
  }
}
