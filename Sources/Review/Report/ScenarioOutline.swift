public import CoachKit
public import Transcript

/// What the report knows of a scenario from its file: the steps in the order written, each
/// scale step's range and each choice step's labels.
///
/// Transcripts written since the `answered` event gained `scale` and `label` carry these
/// themselves; the outline is the fallback for older ones, and gives the steps' order. The
/// report works without it: steps are then ordered by the paths the sessions took
/// (``StepOrder``), and a scale whose range is unknown is drawn over the values seen.
public struct ScenarioOutline: Equatable, Sendable {
  /// The scenario id.
  public var id: String
  /// The step ids, in the order the file writes them.
  public var steps: [String]
  /// The scale of each scale step, by step id.
  public var scales: [String: ScaleRange]
  /// The labels of each choice step's choices, in order, by step id.
  public var choices: [String: [String]]

  /// Creates an outline.
  ///
  /// - Parameters:
  ///   - id: The scenario id.
  ///   - steps: The step ids in file order.
  ///   - scales: Each scale step's scale.
  ///   - choices: Each choice step's labels.
  public init(
    id: String, steps: [String], scales: [String: ScaleRange] = [:],
    choices: [String: [String]] = [:]
  ) {
    self.id = id
    self.steps = steps
    self.scales = scales
    self.choices = choices
  }

  /// The label of choice `value` (1-based) at `step`, when the outline has it.
  func label(at step: String, value: Int?) -> String? {
    guard let value, let labels = choices[step], labels.indices.contains(value - 1) else {
      return nil
    }
    return labels[value - 1]
  }
}

extension ScenarioOutline {
  /// The outline of a compiled scenario.
  ///
  /// - Parameter scenario: The scenario, as loaded from its file.
  public init(_ scenario: Scenario) {
    var scales: [String: ScaleRange] = [:]
    var choices: [String: [String]] = [:]
    for step in scenario.steps {
      if let scale = step.scale {
        scales[step.id] = ScaleRange(
          min: scale.min, max: scale.max, low: scale.low, high: scale.high)
      }
      if !step.choices.isEmpty { choices[step.id] = step.choices.map(\.label) }
    }
    self.init(id: scenario.id, steps: scenario.steps.map(\.id), scales: scales, choices: choices)
  }
}
