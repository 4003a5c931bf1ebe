import Testing
import Transcript

@Suite struct SanitizerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var input: String
    var keeping: Sanitizer.Keep = []
    var expected: String
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "plain text passes", input: "I felt like a fraud — é 😀",
      expected: "I felt like a fraud — é 😀"),
    Case(id: "clear screen", input: "\u{1B}[2J", expected: #"\u{1B}[2J"#),
    Case(id: "bell", input: "ding\u{7}", expected: #"ding\u{07}"#),
    Case(id: "C1 CSI", input: "\u{9B}31m red", expected: #"\u{9B}31m red"#),
    Case(
      id: "OSC 52 clipboard", input: "\u{1B}]52;c;ZXZpbA==\u{7}",
      expected: #"\u{1B}]52;c;ZXZpbA==\u{07}"#),
    Case(id: "OSC with ST", input: "\u{1B}]0;title\u{1B}\\", expected: #"\u{1B}]0;title\u{1B}\"#),
    Case(id: "DEL and NUL", input: "a\u{7F}b\u{0}", expected: #"a\u{7F}b\u{00}"#),
    Case(id: "carriage return", input: "safe\rEVIL", expected: #"safe\u{0D}EVIL"#),
    Case(id: "bidi override", input: "abc\u{202E}fed", expected: #"abc\u{202E}fed"#),
    Case(id: "bidi isolate", input: "\u{2066}x\u{2069}", expected: #"\u{2066}x\u{2069}"#),
    Case(id: "newline and tab escaped by default", input: "a\nb\tc", expected: #"a\u{0A}b\u{09}c"#),
    Case(
      id: "newline kept on request", input: "a\nb\tc", keeping: .newlines, expected: "a\nb\\u{09}c"),
    Case(
      id: "both kept on request", input: "a\nb\tc", keeping: [.newlines, .tabs], expected: "a\nb\tc"
    ),
    Case(
      id: "CRLF split into scalars", input: "a\r\nb", keeping: .newlines, expected: "a\\u{0D}\nb"),
    Case(id: "replacement character passes", input: "bad \u{FFFD}", expected: "bad \u{FFFD}"),
  ]

  @Test(arguments: cases)
  func escapesUnsafeScalars(_ testCase: Case) {
    #expect(Sanitizer.forTerminal(testCase.input, keeping: testCase.keeping) == testCase.expected)
  }

  @Test func leavesNoControlCharacterBehind() {
    let everything = String(String.UnicodeScalarView((0...0x2070).compactMap(Unicode.Scalar.init)))
    let cleaned = Sanitizer.forTerminal(everything)
    #expect(!cleaned.unicodeScalars.contains(where: Sanitizer.isUnsafe))
  }
}
