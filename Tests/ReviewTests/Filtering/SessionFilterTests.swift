import Foundation
import Review
import Testing
import Transcript

@Suite struct SessionFilterTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var filter: SessionFilter
    var keepsPractice: Bool
    var keepsWorkshop: Bool
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "no criteria keeps all", filter: SessionFilter(), keepsPractice: true, keepsWorkshop: true
    ),
    Case(
      id: "scenario ignoring case", filter: SessionFilter(scenario: "SELF-DOUBT"),
      keepsPractice: true, keepsWorkshop: false),
    Case(
      id: "participant by name", filter: SessionFilter(participant: "dana"), keepsPractice: true,
      keepsWorkshop: false),
    Case(
      id: "participant of a workshop", filter: SessionFilter(participant: "Ben"),
      keepsPractice: false, keepsWorkshop: true),
    Case(
      id: "workshop code", filter: SessionFilter(workshop: "w-42"), keepsPractice: false,
      keepsWorkshop: true),
    Case(
      id: "unfinished only", filter: SessionFilter(unfinishedOnly: true), keepsPractice: false,
      keepsWorkshop: true),
    Case(
      id: "since a later day",
      filter: SessionFilter(since: SessionFilter.parseDate("2026-11-26", timeZone: Samples.utc)),
      keepsPractice: false, keepsWorkshop: false),
    Case(
      id: "since the same day",
      filter: SessionFilter(since: SessionFilter.parseDate("2026-11-25", timeZone: Samples.utc)),
      keepsPractice: true, keepsWorkshop: true),
  ]

  @Test(arguments: cases)
  func keepsOnlyMatchingSessions(_ test: Case) throws {
    #expect(test.filter.matches(try Samples.practice()) == test.keepsPractice)
    #expect(test.filter.matches(try Samples.workshop()) == test.keepsWorkshop)
  }

  @Test(arguments: cases)
  func judgesFromTheStartOnlyWhatTheStartDecides(_ test: Case) throws {
    for log in [try Samples.practice(), try Samples.workshop()] {
      let judged = test.filter.mayMatch(log.started)
      if test.filter.matches(log) { #expect(judged, "a kept session is never skipped") }
      if test.filter.since == nil && !test.filter.unfinishedOnly {
        #expect(judged == test.filter.matches(log))
      }
    }
  }

  @Test func parsesOnlyRealDates() {
    #expect(SessionFilter.parseDate("2026-11-25", timeZone: Samples.utc) != nil)
    for bad in ["2026-13-01", "2026-02-30", "26-11-25", "yesterday", "2026-11-25T10:00"] {
      #expect(SessionFilter.parseDate(bad) == nil, "\(bad)")
    }
  }

  @Test func skipsFilesByNameOnlyWhenSurelyTooEarly() {
    let since = SessionFilter(since: SessionFilter.parseDate("2026-11-25", timeZone: Samples.utc))
    func url(_ name: String) -> URL { URL(fileURLWithPath: "/s/\(name).jsonl") }
    #expect(!since.mayMatch(fileNamed: url("20261120-100000-a-0000")))
    #expect(since.mayMatch(fileNamed: url("20261124-230000-a-0000")))
    #expect(since.mayMatch(fileNamed: url("custom-name")))
  }
}
