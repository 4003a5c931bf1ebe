import CoachKit
import Testing

/// Contrast changes which reply fits, through the engine with the bundled time-management
/// scenario at its `owner` step (what the mentee could own).
@Suite struct BundledContrastTests {
  @Test(arguments: [
    ("I think I should still do the booking, she's only a student.", "owner-none"),
    ("She could do the booking but I'd rather keep it", "owner-none"),
    ("the booking, though I still do it", "owner-none"),
    ("I'd rather she did the agenda", "owner-named"),
    ("She could do the booking", "owner-named"),
  ])
  func theClauseThatTurnsChoosesTheReply(_ answer: String, _ rule: String) throws {
    var engine = try BundledSafetyExchangeTests.engine("time-management", at: "owner")
    let reply = engine.say(answer).first { $0.kind == .reply }
    #expect(reply?.rule?.id == rule, "\(answer): \(reply?.text ?? "no reply")")
    #expect(reply?.text.contains("could sit with your mentee") != true || rule == "owner-agenda")
  }
}
