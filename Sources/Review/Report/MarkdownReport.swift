/// The Markdown report: the same sections as the HTML one, with text bars for the charts.
struct MarkdownReport {
  var report: GroupReport
  var time: LocalTime

  func render() -> String {
    var lines = ["# " + Escape.markdown(report.heading), "", report.completionSentence]
    if report.isRedacted { lines.append("Names are replaced by pseudonyms; notes are left out.") }
    lines.append("")
    lines += safety() + sessions() + themes() + goals() + ratings() + nextSteps() + sessionTable()
    lines += answers()
    if !report.isRedacted && !report.notes.isEmpty {
      lines += ["## Private notes", ""] + report.notes.map(item) + [""]
    }
    if !report.problems.isEmpty {
      lines += ["## Reading problems", ""] + report.problems.map { "- " + Escape.markdown($0) }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  private func table(_ header: [String], _ rows: [[String]]) -> [String] {
    let align = header.map { _ in "---" }
    return [
      "| " + header.joined(separator: " | ") + " |", "| " + align.joined(separator: " | ") + " |",
    ]
      + rows.map { "| " + $0.joined(separator: " | ") + " |" } + [""]
  }

  private func item(_ item: GroupReport.Item) -> String {
    "- **\(Escape.markdown(item.person)):** \(Escape.markdown(item.text))"
  }

  private func safety() -> [String] {
    let count = report.safety.count
    let (own, others) = report.safetyByKind
    var lines = ["## Safety events", "", "\(count) safety \(count == 1 ? "event" : "events").", ""]
    for (title, items) in [
      ("The mentor's own safety", own), ("Someone else at risk (act today)", others),
    ] where !items.isEmpty {
      lines += ["### \(title)", ""]
      lines += table(
        ["Person", "Session", "Step", "What they wrote", "Tags", "Then"],
        items.map {
          [
            Escape.markdown($0.person), Escape.markdown($0.session), Escape.markdown($0.step ?? ""),
            Escape.markdown($0.text), Escape.markdown($0.tags.joined(separator: ", ")),
            $0.decision?.words ?? "—",
          ]
        })
    }
    return lines
  }

  private func sessions() -> [String] {
    let answers = report.sessions.reduce(0) { $0 + $1.answers }
    return [
      "## Sessions and completion", "",
      "\(answers) \(answers == 1 ? "answer" : "answers") in all; each session is listed under "
        + "Every session.", "",
    ]
  }

  private func sessionTable() -> [String] {
    ["## Every session", ""]
      + table(
        ["Session", "Scenario", "Started", "People", "Answers", "Status"],
        report.sessions.map {
          [
            Escape.markdown($0.id), Escape.markdown($0.scenario), time.minutes($0.startedAt),
            Escape.markdown($0.people.joined(separator: ", ")), String($0.answers),
            $0.isFinished ? "finished" : "unfinished",
          ]
        })
  }

  private func themes() -> [String] {
    let maximum = max(report.themes.map(\.answers).max() ?? 1, 1)
    guard !report.themes.isEmpty else {
      return ["## Themes across the group", "", "No themes were recorded.", ""]
    }
    return ["## Themes across the group", ""]
      + table(
        ["Theme", "Answers", "People", "Chart"],
        report.themes.map {
          [
            Escape.markdown($0.label), String($0.answers), String($0.people),
            String(repeating: "█", count: max(1, 20 * $0.answers / maximum)),
          ]
        })
  }

  private func ratings() -> [String] {
    guard !report.ratings.isEmpty else {
      return ["## Self-ratings before and after", "", "No before and after ratings.", ""]
    }
    var lines = ["## Self-ratings before and after", ""]
    for group in report.ratingGroups {
      let values = group.ratings.flatMap { [$0.before, $0.after] }
      let words = SVGCharts.scaleWords(
        group.scale, low: values.min() ?? 0, high: values.max() ?? 0)
      let name = group.pair.map { "**\(Escape.markdown($0))**: rated " } ?? "Rated "
      lines += [name + Escape.markdown(words) + ".", ""]
    }
    let pairs = report.hasRatingPairs
    return lines
      + table(
        ["Person", "Session"] + (pairs ? ["Rating"] : []) + ["Before", "After", "Change"],
        report.ratings.map {
          [Escape.markdown($0.person), Escape.markdown($0.session)]
            + (pairs ? [Escape.markdown($0.pair ?? "")] : [])
            + [
              SVGCharts.outOf($0.before, $0.scale), SVGCharts.outOf($0.after, $0.scale),
              SVGCharts.signed(Double($0.change)),
            ]
        })
  }

  /// Shown only when some step is marked `report: goal`.
  private func goals() -> [String] {
    report.goals.isEmpty ? [] : ["## Goals", ""] + report.goals.map(item) + [""]
  }

  private func nextSteps() -> [String] {
    guard !report.nextSteps.isEmpty else {
      return ["## Next steps", "", "No next steps were written.", ""]
    }
    return ["## Next steps", ""] + report.nextSteps.map(item) + [""]
  }

  private func answers() -> [String] {
    var lines = ["## Answers by step", ""]
    for group in report.stepsByScenario {
      lines += ["### \(Escape.markdown(group.title)) (\(Escape.markdown(group.id)))", ""]
      for step in group.steps where !step.entries.isEmpty {
        lines += ["#### Step \(Escape.markdown(step.id))", ""]
        if let question = step.question { lines += ["*\(Escape.markdown(question))*", ""] }
        let sorted = step.entries.sorted { ($0.person, $0.session) < ($1.person, $1.session) }
        lines += table(
          ["Person", "Answer", "Themes"],
          sorted.map {
            [
              Escape.markdown($0.person), Escape.markdown($0.text),
              Escape.markdown($0.tags.joined(separator: ", ")),
            ]
          })
      }
    }
    return lines
  }
}
