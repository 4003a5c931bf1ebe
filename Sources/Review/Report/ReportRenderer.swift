public import Foundation
import Transcript

/// Renders a ``GroupReport`` for `review report`.
public struct ReportRenderer: Sendable {
  /// The formats of `review report`.
  public enum Format: String, CaseIterable, Sendable {
    /// One self-contained HTML page with inline CSS and SVG charts.
    case html
    /// Markdown, with text bars instead of charts.
    case markdown = "md"
  }

  /// The format to write.
  public var format: Format
  /// The time zone session start times are shown in.
  public var timeZone: TimeZone

  /// Creates a renderer.
  ///
  /// - Parameters:
  ///   - format: HTML or Markdown.
  ///   - timeZone: The time zone for start times; the machine's by default.
  public init(format: Format, timeZone: TimeZone = .current) {
    self.format = format
    self.timeZone = timeZone
  }

  /// Renders the report.
  ///
  /// Sections, in order: safety events (first, so they are never missed), sessions and
  /// completion, themes, self-ratings, next steps, every step's answers side by side, notes
  /// (left out when redacted) and reading problems.
  ///
  /// - Parameter report: The gathered report.
  /// - Returns: The document, ending in a newline.
  public func render(_ report: GroupReport) -> String {
    let time = LocalTime(timeZone: timeZone)
    return switch format {
    case .html: HTMLReport(report: report, time: time).render()
    case .markdown: MarkdownReport(report: report, time: time).render()
    }
  }
}

/// The plain-words summary line shared by both formats.
extension GroupReport {
  var completionSentence: String {
    let percent = sessions.isEmpty ? 0 : finishedCount * 100 / sessions.count
    let noun = sessions.count == 1 ? "session" : "sessions"
    return "\(sessions.count) \(noun), \(finishedCount) finished (\(percent)%), \(peopleSentence)."
  }

  /// `3 people`, or with sessions without a name, `2 people by name and 3 anonymous sessions`.
  var peopleSentence: String {
    let people = "\(peopleCount) \(peopleCount == 1 ? "person" : "people")"
    guard anonymousCount > 0 else { return people }
    let sessions = anonymousCount == 1 ? "session" : "sessions"
    return "\(people) by name and \(anonymousCount) anonymous \(sessions)"
  }

  /// The ratings in groups that share one chart: the same pair name and the same scale.
  var ratingGroups: [(pair: String?, scale: ScaleRange?, ratings: [Rating])] {
    var groups: [(pair: String?, scale: ScaleRange?, ratings: [Rating])] = []
    for rating in ratings {
      let range = rating.scale.map { [$0.min, $0.max] }
      if let index = groups.firstIndex(where: {
        $0.pair == rating.pair && $0.scale.map { [$0.min, $0.max] } == range
      }) {
        groups[index].ratings.append(rating)
      } else {
        groups.append((rating.pair, rating.scale, [rating]))
      }
    }
    return groups
  }

  /// Whether any rating belongs to a named pair, so that tables show the pair.
  var hasRatingPairs: Bool { ratings.contains { $0.pair != nil } }

  /// The steps grouped by scenario, scenarios in order of first appearance.
  var stepsByScenario: [(id: String, title: String, steps: [Step])] {
    var order: [String] = []
    var groups: [String: [Step]] = [:]
    for step in steps {
      if groups[step.scenario] == nil { order.append(step.scenario) }
      groups[step.scenario, default: []].append(step)
    }
    return order.map { id in
      let steps = groups[id] ?? []
      return (id, steps.first?.scenarioTitle ?? id, steps)
    }
  }
}
