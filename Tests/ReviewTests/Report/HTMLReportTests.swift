import Foundation
import Review
import TestSupport
import Testing
import Transcript

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct HTMLReportTests {
  private func html(redacts: Bool = false) throws -> String {
    let report = GroupReport(
      logs: [try Samples.practice(), try Samples.workshop()], title: "Report <W-42>",
      tagNames: ["doubt.impostor": "feeling <like> a fraud"], redacts: redacts,
      includesNotes: true, problems: ["x.jsonl: skipped: <not ours>"])
    return ReportRenderer(format: .html, timeZone: Samples.utc).render(report)
  }

  @Test func isWellFormedXHTML() throws {
    let document = try XMLDocument(data: Data(try html().utf8), options: [])
    #expect(document.rootElement()?.name == "html")
  }

  @Test func hasTheExpectedSectionsInOrderWithSafetyFirst() throws {
    let document = try XMLDocument(data: Data(try html().utf8), options: [])
    let sections = try document.nodes(forXPath: "//*[local-name()='section']/@id")
      .compactMap(\.stringValue)
    #expect(
      sections == [
        "safety", "sessions", "themes", "ratings", "next-steps", "every-session", "answers",
        "notes", "problems",
      ])
    let headings = try document.nodes(forXPath: "//*[local-name()='h2']").compactMap(\.stringValue)
    #expect(headings.first == "Safety events")
  }

  @Test func givesChartsTextAlternativesAndTablesHeaderCells() throws {
    let document = try XMLDocument(data: Data(try html().utf8), options: [])
    let charts = try document.nodes(forXPath: "//*[local-name()='svg']")
    #expect(charts.count == 2)
    for chart in charts {
      #expect(try chart.nodes(forXPath: "@role").compactMap(\.stringValue) == ["img"])
      #expect(try chart.nodes(forXPath: "*[local-name()='title']").count == 1)
      #expect(try chart.nodes(forXPath: "*[local-name()='desc']").count == 1)
    }
    let tables = try document.nodes(forXPath: "//*[local-name()='table']")
    for table in tables {
      #expect(try table.nodes(forXPath: ".//*[local-name()='th']").count > 0)
      #expect(try table.nodes(forXPath: "*[local-name()='caption']").count == 1)
    }
  }

  @Test func leavesHostileAnswersInert() throws {
    let text = try html()
    let document = try XMLDocument(data: Data(text.utf8), options: [])
    #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty)
    #expect(try document.nodes(forXPath: "//*[local-name()='img']").isEmpty)
    #expect(try document.nodes(forXPath: "//@onerror").isEmpty)
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" })
    #expect(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(text.contains("\\u{1B}[2J"))
    #expect(text.contains("feeling &lt;like&gt; a fraud"))
  }

  @Test func needsNoNetworkAndNoScript() throws {
    let text = try html()
    let document = try XMLDocument(data: Data(text.utf8), options: [])
    #expect(try document.nodes(forXPath: "//@src | //@href").isEmpty)
    #expect(!text.contains("url("))
    #expect(!text.contains("@import"))
    #expect(!text.contains("<script"))
    #expect(text.contains("@page { size: A4"))
  }

  @Test func redactedReportNamesNoOne() throws {
    let text = try html(redacts: true)
    for name in ["Dana", "Ana", "Ben"] { #expect(!text.contains(name), "\(name)") }
    #expect(!text.contains("ask my supervisor"))
  }

  @Test func sessionExportIsWellFormedAndInertToo() throws {
    let text = SessionExporter(format: .html, timeZone: Samples.utc).render(try Samples.workshop())
    let document = try XMLDocument(data: Data(text.utf8), options: [])
    #expect(
      try document.nodes(forXPath: "//*[local-name()='script' or local-name()='img']").isEmpty)
    #expect(try document.nodes(forXPath: "//*[local-name()='h2']").count >= 1)
  }
}
