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
    record([payload], who: who, reportingTo: printer, voice: voice)
  }

  /// Appends a turn's events together, with one sync; on failure, as above.
  func record(
    _ payloads: [TranscriptEvent.Payload], who: String?, reportingTo printer: CoachPrinter,
    voice: Voice
  ) -> Bool {
    do {
      if payloads.count == 1 {
        try append(payloads[0], who: who)
      } else {
        try append(contentsOf: payloads, who: who)
      }
      return true
    } catch {
      let reason = (error as? any LocalizedError)?.errorDescription ?? "\(error)"
      printer.paragraph(Voice.fill(voice.saveFailed, ["reason": reason]), style: "1;31")
      return false
    }
  }
}
