import Foundation
import TestSupport
import Testing

/// The group report and an HTML export as a browser shows and prints them: headless Chromium
/// reads the files `review` wrote, and the test checks its DOM, its PDF and its screenshot.
///
/// The sessions are real practices of the bundled `time-management` scenario (a 1 to 7 scale,
/// a choice with a branch), two of them without a name and one with a safety pause.
@Suite(.enabled(if: Browser.isAvailable, Browser.skipped))
struct ReportInBrowserTests {
  static let options = BundledSafetyTests.bundledOptions

  /// Three practices and the report of them, written to `report.html`.
  static func report(in coach: BinaryRunner) throws -> URL {
    let walks = [
      (
        ["--name", "Ana"],
        "My clinic always overruns and the on-call rota eats everything\n3\n"
          + "I want to find a rhythm we can actually keep\nI had to cancel twice because of nights\n"
          + "2\nShe could book the meetings and send an agenda the week before\n"
          + "I will rebook in the same message whenever I have to cancel\n"
          + "I will send her a recurring calendar invite on Friday\n6\n\n"
      ),
      (
        [],
        "I sometimes think I want to die\nno\nthe rota is brutal\n4\nTo meet monthly\n"
          + "nights again\n1\nShe books them\nI will protect the slot\n"
          + "I will put it in the diary today\n7\n\n"
      ),
      (
        [],
        "I am so busy with clinic\n2\nI want a fixed slot\nwe keep cancelling\n3\n"
          + "I would need to raise it in my job plan\nI will book the meetings myself\n"
          + "I will ask for protected time\nI will email my manager tomorrow\n5\n\n"
      ),
    ]
    for (name, answers) in walks {
      let result = try coach.run(
        ["practice", "time-management"] + name + options, input: answers)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let out = coach.folder.appendingPathComponent("report.html")
    let report = try coach.run(["review", "report", "--out", out.path] + options, input: "")
    #expect(report.status == 0, "\(report.stderr)")
    return out
  }

  /// One set of practices for every check, since each takes a few seconds.
  @Test func theReportAndAnExportReadRightInTheBrowser() throws {
    let coach = try BinaryRunner()
    let report = try Self.report(in: coach)
    try checkTheDOM(of: report)
    try checkThePrintAndTheScreen(of: report, in: coach)
    try checkAnExport(in: coach)
  }

  private func checkTheDOM(of report: URL) throws {
    let dom = try Browser.dom(of: report)

    #expect(
      dom.contains("3 sessions, 3 finished (100%), 1 person by name and 2 anonymous sessions."))
    // The ratings chart's axis runs over the scale's own range, 1 to 7.
    let chart = try #require(
      Browser.element(in: dom, from: "aria-labelledby=\"ratings-chart", to: "</svg>"))
    #expect(Browser.axisTicks(in: chart) == Array(1...7))
    #expect(dom.contains("on a scale from 1 (not at all clear) to 7 (clear and agreed)"))
    // Choices by their label, not their number.
    let rhythm = try #require(
      Browser.element(in: dom, from: "<caption>Answers at step rhythm", to: "</table>"))
    #expect(rhythm.contains("A longer meeting once a month"))
    #expect(rhythm.contains("Honestly, I am not sure I can commit to anything regular yet"))
    #expect(!rhythm.contains(">2<") && !rhythm.contains(">3<"))
    // The answer to the safety pause question is a decision, not the step's answer.
    let safety = try #require(
      Browser.element(in: dom, from: "<section id=\"safety\"", to: "</section>"))
    #expect(safety.contains("chose to go on"))
    let opening = try #require(
      Browser.element(in: dom, from: "<caption>Answers at step situation", to: "</table>"))
    #expect(!opening.contains(">no<"))
    // Steps in scenario order: the branch step before the closing rating.
    let capacity = try #require(dom.range(of: "Step capacity"))
    let closing = try #require(dom.range(of: "Step rating-after"))
    #expect(capacity.lowerBound < closing.lowerBound)
  }

  private func checkThePrintAndTheScreen(of report: URL, in coach: BinaryRunner) throws {
    let pdf = try Browser.pdf(of: report)
    let pages = try Browser.run("pdfinfo", [pdf.path])
    let count = pages.split(separator: "\n").first { $0.hasPrefix("Pages:") }
      .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    #expect((count ?? 0) >= 2)
    let first = try Browser.run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf.path, "-"])
    for heading in [
      "MentorCoach group report", "Safety events", "Sessions and completion",
      "Themes across the group", "Answers touching each theme",
    ] {
      #expect(first.contains(heading), "page 1 lacks \(heading):\n\(first)")
    }
    // Ink reaches down most of page 1: no half-empty first page.
    let inked = try Browser.inkedHeight(ofPage: 1, in: pdf)
    #expect(inked > 0.7, "page 1 is inked to \(Int(inked * 100))% of its height")

    let screenshot = try Browser.screenshot(of: report, in: coach.folder)
    let blankPage = coach.folder.appendingPathComponent("blank.html")
    try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blankPage)
    let blank = try Browser.screenshot(of: blankPage, in: coach.folder)
    let size = Browser.pngSize(screenshot)
    #expect(size?.width == Browser.windowSize.width && size?.height == Browser.windowSize.height)
    // A page of charts and tables compresses far worse than an empty one of the same size.
    #expect(screenshot.count > 5 * blank.count, "\(screenshot.count) vs \(blank.count) bytes")
  }

  /// The coach's summary keeps its line breaks in an HTML export.
  private func checkAnExport(in coach: BinaryRunner) throws {
    let ana = try #require(
      coach.sessionFiles().first {
        (try? String(contentsOf: $0, encoding: .utf8))?.contains(#""name":"Ana""#) == true
      })
    let export = try coach.run(
      ["review", "export", "--format", "html", ana.path] + Self.options, input: "")
    #expect(export.status == 0, "\(export.stderr)")
    let out = coach.folder.appendingPathComponent("export.html")
    try export.stdoutData.write(to: out)
    let dom = try Browser.dom(of: out)
    let summary = try #require(
      Browser.element(in: dom, from: "Here is what you worked on today.", to: "</p>"))
    #expect(summary.contains("<br>\nWhat you wanted from this practice:"))
  }
}
