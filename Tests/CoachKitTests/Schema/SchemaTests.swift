import CoachKit
import Foundation
import TestSupport
import Testing
import Yams

/// The JSON Schemas of `schema/` that editors use: every bundled and fixture scenario and tests
/// file passes them, they know exactly the keys the loaders know, and they catch mistakes.
@Suite struct SchemaTests {
  static func schema(_ name: String) throws -> SchemaSubset {
    try SchemaSubset(json: Data(try BundledPrompts.text("schema/\(name)").utf8))
  }

  /// The files to check: `Scenarios/` and the valid fixtures, scenarios and tests apart.
  static func files() throws -> (scenarios: [String], tests: [String]) {
    var paths: [String] = []
    for folder in [
      "Scenarios", "Tests/CoachKitTests/Fixtures", "Tests/CoachKitTests/Fixtures/scripts",
    ] {
      let url = BundledPrompts.root.appendingPathComponent(folder)
      let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
      paths += names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }
    return (
      paths.filter { !$0.hasSuffix(".tests.yaml") }, paths.filter { $0.hasSuffix(".tests.yaml") }
    )
  }

  @Test func everyBundledAndFixtureFilePassesItsSchema() throws {
    let (scenarios, tests) = try Self.files()
    #expect(scenarios.count >= 5)
    #expect(tests.count >= 3)
    for (paths, name) in [(scenarios, "scenario.schema.json"), (tests, "tests.schema.json")] {
      let schema = try Self.schema(name)
      for path in paths {
        let value = try #require(try Yams.load(yaml: try BundledPrompts.text(path)))
        #expect(schema.problems(value).isEmpty, "\(path): \(schema.problems(value))")
      }
    }
  }

  @Test func theBundledFilesNameTheirSchemaForEditors() throws {
    let (scenarios, tests) = try Self.files()
    for path in scenarios where path.hasPrefix("Scenarios/") {
      #expect(
        try BundledPrompts.text(path).hasPrefix(
          "# yaml-language-server: $schema=../schema/scenario.schema.json\n"), "\(path)")
    }
    for path in tests where path.hasPrefix("Scenarios/") {
      #expect(
        try BundledPrompts.text(path).hasPrefix(
          "# yaml-language-server: $schema=../schema/tests.schema.json\n"), "\(path)")
    }
  }

  @Test func theSchemasKnowExactlyTheKeysTheLoadersKnow() throws {
    let scenario = try Self.schema("scenario.schema.json")
    let tests = try Self.schema("tests.schema.json")
    func keys(_ schema: [String: Any]?) -> Set<String> {
      var object = schema ?? [:]
      if let forms = object["anyOf"] as? [[String: Any]] {
        object = forms.first { $0["properties"] != nil } ?? [:]
      }
      return Set((object["properties"] as? [String: Any] ?? [:]).keys)
    }
    let places: [String: [String: Any]] = [
      "scenario": scenario.root, "tests-file": tests.root, "test": tests.definition("test") ?? [:],
      "turn": tests.definition("turn") ?? [:],
    ]
    for (place, expected) in FormatKeys.all {
      let schema = places[place] ?? scenario.definition(place)
      #expect(keys(schema) == Set(expected), "schema keys of '\(place)'")
    }
  }

  @Test(arguments: [
    (
      "id: x\ntitle: T\narea: time\nsummary: S\nminutes: ten\nversion: 1\nsteps: []\n",
      "$.minutes: expected integer"
    ),
    (
      "id: x\ntitle: T\narea: time\nsummary: S\nminutes: 5\nversion: 1\nsteps:\n  - id: a\n    quesiton: Q?\n",
      "$.steps[0]: unknown key 'quesiton'"
    ),
    (
      "id: x\ntitle: T\narea: time\nsummary: S\nminutes: 5\nversion: 1\nsteps:\n  - id: a\n    ask: words\n",
      "is not one of text, choice, scale, none"
    ),
    ("id: x\ntitle: T\nsummary: S\nminutes: 5\nversion: 1\nsteps: []\n", "$: missing 'area'"),
  ])
  func catchesTheMistakesAnEditorShouldUnderline(yaml: String, problem: String) throws {
    let found = try Self.schema("scenario.schema.json").problems(
      try #require(try Yams.load(yaml: yaml)))
    #expect(found.contains { $0.contains(problem) }, "\(found)")
  }
}
