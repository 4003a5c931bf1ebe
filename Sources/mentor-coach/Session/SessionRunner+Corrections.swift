import CoachKit
import LineEditor
import Transcript

extension SessionRunner {
  /// The summary lines a mentor may correct at the end, by step id, in the order offered.
  static let correctableSteps = ["goal", "next-step"]

  /// After the summary, before the session is saved as ended: offers to correct the goal and
  /// the next step in the mentor's own words.
  ///
  /// Each correction is logged as an `edited` event, then the summary is shown (and logged)
  /// again with the final words. Enter, end of input or Ctrl-C saves it as it is.
  ///
  /// - Returns: false when the log could not be written.
  func offerCorrections() -> Bool {
    let steps = Self.correctableSteps.filter { engine.summaryAnswer(at: $0) != nil }
    guard !steps.isEmpty else { return true }
    // The offer names the choices by their place in `correctableSteps`: "1 to change your
    // goal", "2 to change your next step".
    let names = [voice.summaryEditGoal, voice.summaryEditNextStep]
    let numbers = steps.map { (Self.correctableSteps.firstIndex(of: $0) ?? 0) }
    let offer = Voice.fill(
      voice.summaryEditOffer, ["choices": numbers.map { names[$0] }.joined(separator: " or ")])
    while true {
      printer.paragraph(offer)
      guard let answer = readCorrectionLine() else { return true }
      guard let number = Int(answer), let index = numbers.firstIndex(of: number - 1) else {
        if answer.isEmpty { return true }
        continue
      }
      let step = steps[index]
      printer.paragraph(
        Voice.fill(voice.summaryEditAsk, ["current": engine.summaryAnswer(at: step) ?? ""]))
      guard let words = readCorrectionLine(), !words.isEmpty else { continue }
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
  private func readCorrectionLine() -> String? {
    guard case .line(let line) = reader.readLine(prompt: printer.styled("> ", "1;32")) else {
      return nil
    }
    if echoesInput { printer.line("> " + Sanitizer.forTerminal(line)) }
    return line.trimmingSpaces
  }
}
