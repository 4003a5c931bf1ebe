import CoachKit
import Testing

/// Inputs the fuzzer (`make fuzz`) found crashing, each kept as a test once fixed; the same
/// inputs are in `Fuzz/corpus`, which `make test` replays.
@Suite struct FuzzFindingsTests {
  /// `{0}` in a reply: `capture-out-of-range`, then the `broken-reply` check read element -1
  /// of the pattern and `validate` stopped with "Index out of range" (found in 17 minutes of
  /// the scenario target).
  @Test(arguments: ["{0}", "{-1}", "{3}"])
  func aReplyCaptureOutsideThePatternIsReportedNotACrash(_ placeholder: String) throws {
    let (scenario, diagnostics) = try compile(
      scenarioHeader + """
        steps:
          - id: ask
            question: What is on your mind?
            rules:
              - match: "* busy"
                reply: "You said \(placeholder) again."
            next: done
          - id: done
            end: true
        """)
    #expect(scenario == nil)
    #expect(diagnostics.contains { $0.code == .captureOutOfRange })
  }
}
