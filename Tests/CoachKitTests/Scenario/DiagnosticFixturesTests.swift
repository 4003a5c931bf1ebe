import CoachKit
import Foundation
import TestSupport
import Testing

/// `Fixtures/invalid/<code>.yaml` holds one broken scenario per diagnostic code.
@Suite struct DiagnosticFixturesTests {
  @Test func everyCodeHasAFixtureThatProducesItAndNothingElse() throws {
    let folder = FixturePrompts.fixturesFolder.appendingPathComponent("invalid")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }
    let names = Set(files.map { String($0.dropLast(".yaml".count)) })
    // `unreadable-file` comes from reading the file, before any text reaches the compiler;
    // the end-to-end HostileFileTests produce it.
    let codes = Set(DiagnosticCode.allCases.filter { $0 != .unreadableFile }.map(\.rawValue))
    #expect(codes.subtracting(names).isEmpty, "codes without a fixture")
    #expect(names.subtracting(codes).isEmpty, "fixtures named after no code")
    for name in names.sorted() {
      let text = try fixtureText("invalid/\(name).yaml")
      var (scenario, diagnostics) = try compile(text, path: "\(name).yaml")
      // The report's warnings are `validate`'s, added to the compiler's.
      if name == DiagnosticCode.emptyReportSection.rawValue, let scenario {
        diagnostics += ScenarioCompiler.reportWarnings(for: scenario)
      }
      #expect(
        diagnostics.map(\.code.rawValue) == [name],
        "\(name).yaml:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
    }
  }
}
