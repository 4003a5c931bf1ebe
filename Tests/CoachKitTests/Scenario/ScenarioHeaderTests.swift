import CoachKit
import Foundation
import TestSupport
import Testing

/// The header `list` shows, read without compiling: the same values a full compile gives.
@Suite struct ScenarioHeaderTests {
  @Test func theHeaderHoldsWhatTheCompilerReads() throws {
    let text = try fixtureText("first-meeting.yaml")
    let header = try #require(ScenarioHeader.read(text))
    let compiled = try #require(try compile(text, path: "first-meeting.yaml").0)
    #expect(header.id == compiled.id)
    #expect(header.title == compiled.title)
    #expect(header.area == compiled.area)
    #expect(header.minutes == compiled.minutes)
  }

  @Test func everyBundledScenarioHasAHeaderNamedAfterItsFile() throws {
    let folder = FixturePrompts.fixturesFolder.deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") && !$0.contains(".tests.") }
    #expect(names.count >= 3)
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let header = try #require(ScenarioHeader.read(text), "\(name)")
      #expect(header.id + ".yaml" == name)
      #expect(!header.title.isEmpty && header.minutes > 0)
    }
  }

  @Test func continuationLinesQuotesAndCommentsAreRead() {
    let text = """
      # a comment: with a colon
      id: long
      title: >-
        A title folded
        over two lines
      steps:
        - id: x
          title: not this one
      area: "time"
      minutes: 12
      summary: 'It is: quoted'
      """
    #expect(
      ScenarioHeader.read(text)
        == ScenarioHeader(
          id: "long", title: "A title folded over two lines", area: "time",
          summary: "It is: quoted", minutes: 12))
  }

  @Test(arguments: [
    "title: no id\narea: time\nminutes: 3", "id: x\ntitle: t\narea: time\nminutes: many",
    "id: [unclosed\ntitle: t\narea: time\nminutes: 3",
  ])
  func missingOrMalformedFieldsGiveNoHeader(text: String) {
    #expect(ScenarioHeader.read(text) == nil)
  }
}
