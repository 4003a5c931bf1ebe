import CoachKit
import Foundation
import TestSupport
import Testing

/// The mechanics of `mode: doctor` beyond the keystack, each a conversation with
/// `Fixtures/scripts/doctor-mode.yaml` whose replies were worked out by hand from the
/// published algorithm (Weizenbaum, CACM 9(1), 1966, and ELIZA's own code).
///
/// LIMIT starts at 1 and each answer moves it on before it is read: the first answer is read
/// at 2, then 3, 4, 1, 2...
@Suite struct DoctorModeTests {
  struct Turn: Sendable {
    var said: String
    var reply: String
  }

  static func script() throws -> Scenario {
    try scenario(try fixtureText("scripts/doctor-mode.yaml"), path: "doctor-mode.yaml")
  }

  /// Plays `turns` from the start, checking each reply (or fallback) in turn.
  func converse(_ turns: [Turn], sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    var engine = startedEngine(try Self.script())
    for (number, turn) in turns.enumerated() {
      let outputs = engine.say(turn.said)
      #expect(
        outputs.replies + outputs.fallbacks == [turn.reply],
        "turn \(number + 1), \"\(turn.said)\"", sourceLocation: sourceLocation)
    }
  }

  /// DOCTOR's "Am I ill?" five times: the fifth member of the rotation is `goto: question`,
  /// so the fifth reply comes from `question`; the sixth starts the rotation again.
  @Test func aRedirectIsOneMemberOfTheRotation() throws {
    let said = "Am I tired?"
    try converse([
      Turn(said: said, reply: "WHY DO YOU WONDER WHETHER YOU ARE TIRED"),
      Turn(said: said, reply: "WOULD IT MATTER IF YOU WERE TIRED"),
      Turn(said: said, reply: "WHAT IF YOU WERE NOT TIRED"),
      Turn(said: said, reply: "HOW LONG HAVE YOU FELT TIRED"),
      Turn(said: said, reply: "WHAT ANSWER ARE YOU HOPING FOR"),
      Turn(said: said, reply: "WHY DO YOU WONDER WHETHER YOU ARE TIRED"),
      // `question`'s own rotation moved on when the redirect reached it.
      Turn(said: "Why?", reply: "WHO ELSE HAVE YOU ASKED"),
    ])
  }

  /// `work` (rank 5) is on top of `home` (0); its rotation's second member is NEWKEY, so
  /// every second time the answer passes down the keystack to `home`.
  @Test func aNewkeyIsOneMemberOfTheRotation() throws {
    let said = "Work follows me home."
    try converse([
      Turn(said: said, reply: "WHAT IS WORK LIKE JUST NOW"),
      Turn(said: said, reply: "AND HOW ARE THINGS AT HOME"),
      Turn(said: said, reply: "WHAT IS WORK LIKE JUST NOW"),
    ])
  }

  /// `because` is present but its only pattern needs "because of": DOCTOR says the built-in
  /// message LIMIT chooses (`limit-replies` of the voice, 1 to 4), not the step's fallback.
  @Test func theBuiltInMessagesFollowLimit() throws {
    let said = "It is because I care."
    try converse([
      Turn(said: said, reply: "I'M LISTENING."),  // LIMIT 2
      Turn(said: said, reply: "CARRY ON, PLEASE."),  // 3
      Turn(said: said, reply: "I UNDERSTAND."),  // 4
      Turn(said: said, reply: "TELL ME MORE."),  // 1
      Turn(said: "Because of the rota.", reply: "IS THE ROTA THE ONLY REASON"),  // 2
      // No keyword at all: DOCTOR's NONE, the step's fallback, whatever LIMIT is.
      Turn(said: "Perhaps.", reply: "WHAT ELSE IS ON YOUR MIND"),  // 3
    ])
  }

  /// Memory is laid down when `my` is tried, by the transformation the hash of the last word
  /// chooses (PURPOSE 1, DEVONSHIRE 0, PREDICAMENT 3: the published values of SLIP's HASH with
  /// two bits), and recalled, oldest first, only when no keyword is present and LIMIT is 4.
  @Test func memoryIsChosenByTheHashAndRecalledAtLimitFour() throws {
    try converse([
      Turn(said: "I have lost my purpose.", reply: "SAY MORE ABOUT THAT"),  // 2, lays 1
      // Memory exists, but LIMIT is 3: the fallback (the standard mode would recall here).
      Turn(said: "Perhaps.", reply: "WHAT ELSE IS ON YOUR MIND"),  // 3
      // LIMIT 4, but a keyword is present: it replies, and lays transformation 0.
      Turn(said: "My sister lives in Devonshire.", reply: "SAY MORE ABOUT THAT"),  // 4
      Turn(said: "Perhaps.", reply: "SAY A LITTLE MORE"),  // 1
      Turn(said: "My predicament.", reply: "SAY MORE ABOUT THAT"),  // 2, lays 3
      Turn(said: "Perhaps.", reply: "HOW DOES THAT FEEL"),  // 3
      Turn(said: "Perhaps.", reply: "LET US GO BACK TO YOUR PURPOSE"),  // 4: the oldest
      Turn(said: "Perhaps.", reply: "WHAT ELSE IS ON YOUR MIND"),  // 1
      Turn(said: "Perhaps.", reply: "SAY A LITTLE MORE"),  // 2
      Turn(said: "Perhaps.", reply: "HOW DOES THAT FEEL"),  // 3
      Turn(said: "Perhaps.", reply: "EARLIER YOU SAID YOUR SISTER LIVES IN DEVONSHIRE"),  // 4
      Turn(said: "Perhaps.", reply: "WHAT ELSE IS ON YOUR MIND"),  // 1
      Turn(said: "Perhaps.", reply: "SAY A LITTLE MORE"),  // 2
      Turn(said: "Perhaps.", reply: "HOW DOES THAT FEEL"),  // 3
      Turn(said: "Perhaps.", reply: "DOES IT STILL MATTER, YOUR PREDICAMENT"),  // 4
    ])
  }

  /// Memory is laid down when `my` is tried, even when another keyword replies.
  ///
  /// `my` is on top (`home`, rank 0, below it) and passes with NEWKEY, so `home`
  /// replies, yet the memory is laid down: LATE hashes to 0. When a higher keyword replies
  /// first (`work` over `my`), `my` is never tried and nothing is remembered.
  @Test func memoryIsLaidDownWhicheverRuleReplies() throws {
    try converse([
      Turn(said: "My evenings at home run late.", reply: "AND HOW ARE THINGS AT HOME"),  // 2
      Turn(said: "My work keeps me busy.", reply: "WHAT IS WORK LIKE JUST NOW"),  // 3
      Turn(said: "Perhaps.", reply: "EARLIER YOU SAID YOUR EVENINGS AT HOME RUN LATE"),  // 4
      Turn(said: "Perhaps.", reply: "WHAT ELSE IS ON YOUR MIND"),  // 1
      Turn(said: "Perhaps.", reply: "SAY A LITTLE MORE"),  // 2
      Turn(said: "Perhaps.", reply: "HOW DOES THAT FEEL"),  // 3
      // Nothing else was remembered: the fallback again at LIMIT 4.
      Turn(said: "Perhaps.", reply: "WHAT ELSE IS ON YOUR MIND"),  // 4
    ])
  }

  /// SLIP's HASH against the values published for it: "always" gives 14 with seven bits
  /// (the paper, page 38), and the two-bit values that chose DOCTOR's memories.
  @Test(arguments: [
    ("PURPOSE", 1), ("DEVONSHIRE", 0), ("PREDICAMENT", 3), ("EXECUTIONERS", 3),
    ("GLOUCESTERSHIRE", 2),
  ])
  func theHashChoosesAsDoctorDid(word: String, choice: Int) {
    #expect(DoctorHash.choice(lastWord: word.lowercased(), among: 4) == choice)
  }

  @Test func theHashOfAlwaysIsFourteen() {
    #expect(DoctorHash.lastCell(of: "always") == 0o214366217062)
    #expect(DoctorHash.hash(0o214366217062, bits: 7) == 14)
  }

  @Test func theTestsFileBesideTheScriptPasses() throws {
    let text = try fixtureText("scripts/doctor-mode.tests.yaml")
    let (file, diagnostics) = ConversationTestFile.load(text, path: "doctor-mode.tests.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let result = ConversationTestRunner.run(try #require(file), on: try Self.script())
    #expect(result.tests == 4)
    #expect(result.failures.isEmpty, "\(result.failures.map(\.description))")
  }

  @Test func refusesAReplyActionThatIsNeitherGotoNorNewkey() throws {
    let text = try fixtureText("scripts/doctor-mode.yaml").replacingOccurrences(
      of: "      - goto: question\n", with: "      - {goto: question, newkey: true}\n")
    let (_, diagnostics) = try compile(text, path: "doctor-mode.yaml")
    #expect(
      diagnostics.map(\.message) == [
        "a reply action is either 'goto' (with an optional 'pre') or 'newkey: true'"
      ])
  }
}
