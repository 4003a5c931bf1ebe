import CoachKit
import Transcript

extension Engine {
  /// Feeds a transcript's inputs to the engine again, in order, as `resume` does.
  mutating func replay(_ inputs: [ReplayInput]) {
    for input in inputs {
      switch input {
      case .answer(let text, _): _ = handle(.answer(text))
      case .back: _ = handle(.back)
      case .skip: _ = handle(.skip)
      case .aside(let text): _ = readAside(text)
      }
    }
  }
}
