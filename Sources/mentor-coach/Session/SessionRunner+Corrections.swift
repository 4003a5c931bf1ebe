import CoachKit
import LineEditor
import Transcript

extension SessionRunner {
  /// The summary lines a mentor may correct at the end, in the order offered: the goal and
  /// the next step.
  static let correctableRoles: [ReportRole.Kind] = [.goal, .nextStep]

  /// After the summary, before the session is saved as ended: offers to correct the goal and
  /// the next step in the mentor's own words.
  ///
  /// Each correction is logged as an `edited` event, then the summary is shown (and logged)
  /// again with the final words. Enter, end of input or Ctrl-C saves it as it is.
  ///
  /// - Returns: false when the log could not be written.
  func offerCorrections() -> Bool {
    // The offer names the choices by their place in `correctableRoles`: "1 to change your
    // goal", "2 to change your next step".
    let names = [voice.summaryEditGoal, voice.summaryEditNextStep]
    var steps: [String] = []
    var numbers: [Int] = []
    for (number, role) in Self.correctableRoles.enumerated() {
      guard let step = engine.scenario.stepID(for: role), engine.summaryAnswer(at: step) != nil
      else { continue }
      steps.append(step)
      numbers.append(number)
    }
    guard !steps.isEmpty else { return true }
    let offer = Voice.fill(
      voice.summaryEditOffer, ["choices": numbers.map { names[$0] }.joined(separator: " or ")])
    while true {
      printer.paragraph(offer)
      guard let answer = readPlainLine() else { return true }
      guard let number = Int(answer), let index = numbers.firstIndex(of: number - 1) else {
        if answer.isEmpty { return true }
        continue
      }
      let step = steps[index]
      printer.paragraph(
        Voice.fill(voice.summaryEditAsk, ["current": engine.summaryAnswer(at: step) ?? ""]))
      guard let words = readPlainLine(), !words.isEmpty else { continue }
      guard record(.edited(step: step, text: words)) else { return false }
      let summary = Output(
        .summary, engine.correctSummary(step: step, to: words), step: engine.currentStep.id)
      for payload in TranscriptMapping.payloads(for: summary) where !record(payload) {
        return false
      }
      printer.show([summary], voice: voice)
    }
  }

  /// One trimmed line, or nil at end of input, Ctrl-C or a signal.
  func readPlainLine() -> String? {
    guard case .line(let line) = reader.readLine(prompt: printer.styled("> ", "1;32")) else {
      return nil
    }
    if echoesInput { printer.line("> " + Sanitizer.forTerminal(line)) }
    return line.trimmingSpaces
  }
}
