import CoachKit
import Testing

@testable import CoachKit

/// Replies vary between sessions and between workshop participants, seeded from the session
/// and the participant; the same seed always rebuilds the same session.
@Suite struct VarietyTests {
  static let answers = [
    "My mentee asked me about applying for surgery and I froze", "4",
    "I want to feel calmer in the meetings", "She keeps coming back so something is working",
    "I listen well and I stay calm on the ward",
  ]

  static func run(_ variety: Variety, _ answers: [String] = answers) throws -> (Engine, [Output]) {
    var engine = Engine(scenario: try AnswerFixtures.bundled("self-doubt"), variety: variety)
    var outputs = engine.start()
    for answer in answers { outputs += engine.handle(.answer(answer)) }
    return (engine, outputs)
  }

  static func said(_ outputs: [Output]) -> [String] {
    outputs.filter { $0.kind == .reply || $0.kind == .fallback }.map(\.text)
  }

  @Test func noSeedStartsEveryListAtItsFirstEntry() {
    for count in 1...5 { #expect(Variety.none.offset(for: "goal-want", count: count) == 0) }
  }

  @Test func anOffsetDependsOnlyOnTheSeedAndTheKey() {
    let variety = Variety(session: "20261202-101500-self-doubt", participant: "Asha")
    let again = Variety(session: "20261202-101500-self-doubt", participant: "Asha")
    #expect(variety.offset(for: "goal-want", count: 4) == again.offset(for: "goal-want", count: 4))
    let offsets = Set(
      (0..<40).map {
        Variety(session: "session-\($0)", participant: nil).offset(for: "k", count: 4)
      })
    #expect(offsets == [0, 1, 2, 3])
  }

  @Test func twoSessionsWithTheSameAnswersSayDifferentThings() throws {
    let (_, first) = try Self.run(Variety(session: "20261202-101500-self-doubt", participant: nil))
    let (_, second) = try Self.run(Variety(session: "20261202-101731-self-doubt", participant: nil))
    #expect(Self.said(first).count == Self.said(second).count)
    #expect(Self.said(first) != Self.said(second))
  }

  @Test func replayingWithTheSameSeedRebuildsTheSameSession() throws {
    let variety = Variety(session: "20261202-101500-self-doubt", participant: "Asha")
    let (engine, outputs) = try Self.run(variety)
    let (replayed, again) = try Self.run(variety)
    #expect(engine.state == replayed.state)
    #expect(outputs == again)
    // Resuming part-way (a fresh engine, the first answers replayed, then the rest) gives
    // the same words as the uninterrupted session.
    var resumed = Engine(scenario: engine.scenario, variety: variety)
    _ = resumed.start()
    for answer in Self.answers.prefix(2) { _ = resumed.handle(.answer(answer)) }
    let rest = Self.answers.dropFirst(2).flatMap { resumed.handle(.answer($0)) }
    #expect(Self.said(rest) == Array(Self.said(outputs).suffix(Self.said(rest).count)))
    #expect(resumed.state == engine.state)
  }

  @Test func workshopParticipantsHearDifferentWordsAtTheSameStep() throws {
    let names = ["Asha", "Ben", "Chidi"]
    var room = WorkshopSession(
      scenario: try AnswerFixtures.bundled("self-doubt"), participants: names,
      session: "20261202-140000-self-doubt")
    _ = room.start()
    var replies: [String] = []
    for name in names {
      let turn = room.answer(Self.answers[0], from: name)
      replies += turn.personal.filter { $0.kind == .reply }.map(\.text)
    }
    #expect(replies.count == 3)
    #expect(Set(replies).count > 1, "\(replies)")
  }

  @Test func aWorkshopWithoutASessionIdStaysAsBefore() throws {
    var room = WorkshopSession(
      scenario: try AnswerFixtures.bundled("self-doubt"), participants: ["Asha", "Ben"])
    _ = room.start()
    let first = room.answer(Self.answers[0], from: "Asha").personal.filter { $0.kind == .reply }
    let second = room.answer(Self.answers[0], from: "Ben").personal.filter { $0.kind == .reply }
    #expect(first.map(\.text) == second.map(\.text))
  }
}
