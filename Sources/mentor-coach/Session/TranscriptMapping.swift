import CoachKit
import Transcript

/// Turns engine outputs into transcript events, in one place.
enum TranscriptMapping {
  static func payloads(for output: Output) -> [TranscriptEvent.Payload] {
    let rule = output.rule.map(reference)
    func said(_ kind: SaidKind) -> [TranscriptEvent.Payload] {
      [
        .said(
          CoachSaid(step: output.step, text: output.text, kind: kind, rule: rule, tags: output.tags)
        )
      ]
    }
    switch output.kind {
    case .say, .notice: return said(.say)
    case .question: return said(.question)
    case .acknowledgement, .reply: return said(.reflect)
    case .fallback: return said(.fallback)
    case .retry: return said(.retry)
    case .safety: return said(.safety)
    case .facilitatorNote: return said(.noteForFacilitator)
    case .summary: return said(.summary)
    case .discussion, .ended: return []
    case .paused: return [.paused(reason: .safety)]
    case .answer(let record):
      let answer = Answer(
        step: record.step, input: record.input, kind: AnswerKind(rawValue: record.kind.rawValue),
        value: record.value, accepted: record.accepted, rule: record.rule.map(reference),
        tags: record.tags,
        captures: record.captures, report: record.report?.kind.rawValue, pair: record.report?.pair,
        label: record.label,
        scale: record.scale.map {
          ScaleRange(min: $0.min, max: $0.max, low: $0.low, high: $0.high)
        },
        decision: record.decision)
      guard record.isSafety else { return [.answered(answer)] }
      return [
        .answered(answer),
        .safety(SafetyFlag(step: record.step, input: record.input, tags: record.tags)),
      ]
    }
  }

  /// `id path:line`, as the transcript records a rule.
  static func reference(_ rule: RuleReference) -> String {
    "\(rule.id) \(rule.location.shortDescription)"
  }
}
