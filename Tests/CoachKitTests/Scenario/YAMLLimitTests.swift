import CoachKit
import Testing

/// Finding 4 of the hardening issue: a YAML alias bomb or an oversized file is refused with a
/// located diagnostic, in bounded time and memory.
@Suite struct YAMLLimitTests {
  /// A "billion laughs" document of `levels` lines: each level repeats the one before nine
  /// times through aliases, so it expands to 9^levels values.
  static func aliasBomb(levels: Int) -> String {
    let names = "abcdefghijklmnopqrstuvwxyz".map(String.init)
    var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1..<levels {
      let previous = names[level - 1]
      let items = Array(repeating: "*" + previous, count: 9).joined(separator: ", ")
      lines.append("\(names[level]): &\(names[level]) [\(items)]")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test(arguments: [9, 12, 20])
  func anAliasBombIsRefusedWithALocatedDiagnostic(levels: Int) throws {
    let clock = ContinuousClock()
    let small = clock.measure { _ = try? compile(Self.aliasBomb(levels: 3), path: "small.yaml") }
    var diagnostics: [Diagnostic] = []
    let bomb = try clock.measure {
      (_, diagnostics) = try compile(Self.aliasBomb(levels: levels), path: "bomb.yaml")
    }
    let limit = try #require(diagnostics.first { $0.code == .yamlLimit })
    #expect(limit.severity == .error)
    #expect(limit.location.path == "bomb.yaml")
    #expect(limit.location.line == 1)
    #expect(limit.message.contains("aliases"))
    // Refusing costs a bounded amount of work, whatever the nesting: far less than expanding
    // (9^9 values took minutes and 2.5 GB before the limit).
    #expect(bomb < small * 2000 + .seconds(5))
  }

  @Test func aModestUseOfAliasesStillLoads() throws {
    let (_, diagnostics) = try compile(Self.aliasBomb(levels: 4), path: "fine.yaml")
    #expect(!diagnostics.contains { $0.code == .yamlLimit })
  }

  @Test func anOversizedFileIsRefusedBeforeParsing() throws {
    let text = "id: big\nsummary: " + String(repeating: "x", count: 5 << 20) + "\n"
    let (_, diagnostics) = try compile(text, path: "big.yaml")
    #expect(diagnostics.map(\.code) == [.yamlLimit])
    #expect(diagnostics.first?.message.contains("bytes") == true)
  }
}
