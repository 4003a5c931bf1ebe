import CoachKit
import Foundation
import Transcript

extension TranscriptSink {
  /// Appends one event; on failure, tells the person plainly in the coach's voice and returns
  /// false, so the loop can stop with everything before it safe on disk.
  func record(
    _ payload: TranscriptEvent.Payload, who: String?, reportingTo printer: CoachPrinter,
    voice: Voice
  ) -> Bool {
    do {
      try append(payload, who: who)
      return true
    } catch {
      let reason = (error as? any LocalizedError)?.errorDescription ?? "\(error)"
      printer.paragraph(Voice.fill(voice.saveFailed, ["reason": reason]), style: "1;31")
      return false
    }
  }
}
