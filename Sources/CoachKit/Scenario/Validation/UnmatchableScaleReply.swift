extension ScenarioChecks {
  /// `unmatchable-scale-reply`: a range outside the scale, or wholly covered by earlier ones.
  func checkUnmatchableScaleReplies() {
    for step in scenario.steps {
      guard let scale = step.scale else { continue }
      var covered: Set<Int> = []
      for reply in step.scaleReplies {
        let values = Set(reply.range).intersection(scale.min...scale.max)
        if values.isEmpty {
          reader.report(
            .unmatchableScaleReply, outside(reply.range, scale), at: reply.reference.location)
        } else if values.isSubset(of: covered) {
          reader.report(.unmatchableScaleReply, shadowed(reply.range), at: reply.reference.location)
        }
        covered.formUnion(values)
      }
    }
  }
}

private func outside(_ range: ClosedRange<Int>, _ scale: Scale) -> String {
  "the range \(range.lowerBound)-\(range.upperBound) lies outside the scale \(scale.min)-\(scale.max), so no answer can reach it"
}

private func shadowed(_ range: ClosedRange<Int>) -> String {
  "the range \(range.lowerBound)-\(range.upperBound) is already covered by earlier ranges, so it is never used"
}
