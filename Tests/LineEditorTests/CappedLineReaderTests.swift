import LineEditor
import TestSupport
import Testing

/// Long lines are cut at a character boundary, and the caller hears about it.
@Suite struct CappedLineReaderTests {
  final class Cuts: @unchecked Sendable {
    var seen: [(kept: String, length: Int)] = []
  }

  @Test func cutsALongLineAfterTheLimitAndSaysWhatWasKept() {
    let long = String(repeating: "é", count: 12)
    let base = ScriptedLineReader([.line(long), .line("short"), .interrupted(hadText: true)])
    let cuts = Cuts()
    let reader = CappedLineReader(base, limit: 10) { cuts.seen.append(($0, $1)) }
    #expect(reader.readLine(prompt: "> ") == .line(String(repeating: "é", count: 10)))
    #expect(reader.readLine(prompt: "> ") == .line("short"))
    #expect(reader.readLine(prompt: "> ") == .interrupted(hadText: true))
    #expect(cuts.seen.map(\.kept) == [String(repeating: "é", count: 10)])
    #expect(cuts.seen.map(\.length) == [12])
  }

  @Test func aLineOfExactlyTheLimitIsKeptWhole() {
    let cuts = Cuts()
    let reader = CappedLineReader(ScriptedLineReader([.line("abcde")]), limit: 5) {
      cuts.seen.append(($0, $1))
    }
    #expect(reader.readLine(prompt: "> ") == .line("abcde"))
    #expect(cuts.seen.isEmpty)
  }
}
