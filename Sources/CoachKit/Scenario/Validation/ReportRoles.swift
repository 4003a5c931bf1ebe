extension ScenarioChecks {
  /// `unpaired-rating`: a `rating-before` without its `rating-after` (or the reverse), or two
  /// steps with one end of one pair.
  func checkReportRoles() {
    var ends: [String: [ReportRole.Kind: [Step]]] = [:]
    for step in scenario.steps {
      guard let role = step.report, role.kind.isRating else { continue }
      ends[role.pair ?? "", default: [:]][role.kind, default: []].append(step)
    }
    for (pair, found) in ends.sorted(by: { $0.key < $1.key }) {
      for kind in [ReportRole.Kind.ratingBefore, .ratingAfter] {
        let other: ReportRole.Kind = kind == .ratingBefore ? .ratingAfter : .ratingBefore
        let steps = found[kind] ?? []
        for step in steps.dropFirst() {
          reader.report(
            .unpairedRating, twice(kind, pair, first: steps[0].id), at: step.location)
        }
        if let step = steps.first, found[other] == nil {
          reader.report(.unpairedRating, alone(kind, pair, missing: other), at: step.location)
        }
      }
      if let before = found[.ratingBefore]?.first, let after = found[.ratingAfter]?.first,
        before.scale?.min != after.scale?.min || before.scale?.max != after.scale?.max
      {
        reader.report(
          .unpairedRating, differentScales(before.id, after.id), at: after.location,
          severity: .warning)
      }
    }
  }
}

private func describe(_ kind: ReportRole.Kind, _ pair: String) -> String {
  pair.isEmpty ? "'report: \(kind.rawValue)'" : "'report: \(kind.rawValue)' of pair '\(pair)'"
}

private func twice(_ kind: ReportRole.Kind, _ pair: String, first: String) -> String {
  "step '\(first)' already has \(describe(kind, pair)); give each rating pair its own 'pair' name"
}

private func alone(_ kind: ReportRole.Kind, _ pair: String, missing: ReportRole.Kind) -> String {
  "\(describe(kind, pair)) has no step with \(describe(missing, pair)) to be compared with"
}

private func differentScales(_ before: String, _ after: String) -> String {
  "steps '\(before)' and '\(after)' are compared before and after, but their scales differ"
}
