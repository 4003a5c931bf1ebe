extension Scenario {
  /// The id of the step that holds a report role's words: the step declaring it with
  /// `report:`, else (older scenarios) the step whose id is the role's name.
  ///
  /// - Parameter role: The role, such as ``ReportRole/Kind/nextStep``.
  /// - Returns: The step id, or nil when no step holds it.
  public func stepID(for role: ReportRole.Kind) -> String? {
    let declared = steps.first { $0.report?.kind == role }
    return (declared ?? steps.first { $0.id == role.rawValue })?.id
  }
}
