import CoachKit
import TestSupport
import Testing

@testable import mentor_coach

/// Wrapping, layout of each output kind, and escaping of anything that could act on a terminal.
@Suite struct CoachPrinterTests {
  struct WrapCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var wrapped: String
    var testDescription: String { id }
  }

  @Test(arguments: [
    WrapCase(id: "short", text: "short", wrapped: "short"),
    WrapCase(id: "exactly the width", text: "abcde fghi", wrapped: "abcde fghi"),
    WrapCase(id: "one over", text: "aaa bbb ccc", wrapped: "aaa bbb\nccc"),
    WrapCase(id: "two lines full", text: "aaaa bbbb cccc dddd", wrapped: "aaaa bbbb\ncccc dddd"),
    WrapCase(id: "three lines", text: "aa bb cc dd ee ff gg", wrapped: "aa bb cc\ndd ee ff\ngg"),
    WrapCase(id: "long word first", text: "abcdefghijklmnop xy", wrapped: "abcdefghijklmnop\nxy"),
    WrapCase(
      id: "long word inside", text: "ab abcdefghijklmnop xy", wrapped: "ab\nabcdefghijklmnop\nxy"),
    WrapCase(id: "accents count once", text: "éééé éééé éé", wrapped: "éééé éééé\néé"),
    WrapCase(id: "emoji count once", text: "👩🏽‍⚕️👩🏽‍⚕️👩🏽‍⚕️ aaaa bbbb", wrapped: "👩🏽‍⚕️👩🏽‍⚕️👩🏽‍⚕️ aaaa\nbbbb"),
  ])
  func wrapsAtWordsToTheWidth(_ test: WrapCase) {
    let printer = Screen().printer(width: 10)
    #expect(printer.wrap(test.text) == test.wrapped)
  }

  @Test func noWrappedLineIsLongerThanTheWidthUnlessItIsOneWord() {
    let printer = Screen().printer(width: 40)
    let text = String(repeating: "mentoring is a conversation between two people ", count: 20)
    for line in printer.wrap(text).split(separator: "\n") {
      #expect(line.count <= 40, "\(line)")
    }
  }

  static func voice() throws -> Voice { try FixturePrompts.load().voice }

  @Test func aParagraphIsWrappedAndFollowedByABlankLine() throws {
    let screen = Screen()
    screen.printer(width: 10).paragraph("aaa bbb ccc")
    #expect(screen.text == "aaa bbb\nccc\n\n")
  }

  @Test func escapeSequencesInTheTextArePrintedAsVisibleEscapes() throws {
    let screen = Screen()
    let printer = screen.printer()
    let hostile = "Clear \u{1B}[2J now, copy \u{1B}]52;c;aGk=\u{07}, bell \u{07}, CSI \u{9B}31m"
    printer.show(Output(.reply, hostile, step: "opening"), voice: try Self.voice())
    #expect(
      screen.text == """
        Clear \\u{1B}[2J now, copy \\u{1B}]52;c;aGk=\\u{07}, bell \\u{07}, CSI \\u{9B}31m


        """)
    #expect(!screen.text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
  }

  @Test func bidiOverridesAndTabsAreEscapedButNewlinesKept() throws {
    let screen = Screen()
    screen.printer().paragraph("one\u{202E}two\tthree\nfour\r\n\n\n")
    #expect(screen.text == "one\\u{202E}two\\u{09}three\nfour\\u{0D}\n\n")
  }

  @Test func aQuestionIsSanitisedAndListsItsChoices() throws {
    let screen = Screen()
    let question = Question(kind: .choice, choices: ["In person", "On a video call"])
    screen.printer().show(
      Output(.question(question), "How \u{1B}[31mwould you like to meet?", step: "format"),
      voice: try Self.voice())
    #expect(
      screen.text == """
        How \\u{1B}[31mwould you like to meet?
          1. In person
          2. On a video call


        """)
  }

  @Test func aScaleQuestionShowsItsEnds() throws {
    let scenario = try firstMeeting()
    let step = try #require(scenario.steps.first { $0.id == "confidence" })
    let screen = Screen()
    let question = Question(kind: .scale, scale: step.scale)
    screen.printer().show(
      Output(.question(question), "How ready?", step: "confidence"), voice: try Self.voice())
    #expect(screen.text == "How ready?\n  (1 = not at all ready, 7 = completely ready)\n\n")
  }

  @Test func safetySummaryAndRecordsAreLaidOutByKind() throws {
    let screen = Screen()
    let printer = screen.printer()
    printer.show(
      [
        Output(.safety, "Help is here.", step: "opening"),
        Output(
          .answer(AnswerRecord(step: "opening", input: "x", kind: .text)), "", step: "opening"),
        Output(.discussion(seconds: 60), "", step: "opening"),
        Output(.summary, "You said a lot.", step: "wrap-up"),
        Output(.paused, "", step: "opening"),
        Output(.ended, "", step: "wrap-up"),
      ], voice: try Self.voice())
    #expect(
      screen.text == """
        ──────────
        Help is here.

        ──────────
        What you said today
        You said a lot.


        """)
  }

  @Test func facilitatorNotesAppearOnlyWhenShown() throws {
    let note = Output(.facilitatorNote, "Give them two minutes.", step: "opening")
    let hidden = Screen()
    hidden.printer().show(note, voice: try Self.voice())
    #expect(hidden.text == "")
    let shown = Screen()
    shown.printer(showsNotes: true).show(note, voice: try Self.voice())
    #expect(shown.text == "[Facilitator] Give them two minutes.\n\n")
  }

  @Test func colourWrapsTheWholeParagraphWithoutCountingTowardsTheWidth() {
    var text = ""
    let printer = CoachPrinter(useColor: true, width: 10) { text += $0 }
    printer.paragraph("aaa bbb ccc", style: "1")
    #expect(text == "\u{1B}[1maaa bbb\nccc\u{1B}[0m\n\n")
    #expect(printer.styled("x", "2") == "\u{1B}[2mx\u{1B}[0m")
  }

  @Test func withoutColourNothingIsStyled() {
    let printer = Screen().printer()
    #expect(printer.styled("> ", "1;32") == "> ")
  }
}
