import CoachKit
import Testing

/// A room that survives a crisis: the safety net sets only its author aside, and the room's
/// shared answers and choices reach everyone's summary.
extension WorkshopSessionTests {
  @Test func aParticipantCaughtByTheSafetyNetIsSetAsideAndTheRoomCarriesOn() throws {
    var session = try room()
    _ = session.answer("I am swamped", from: "Ana")
    let ben = session.answer("I want to end it all", from: "Ben")
    #expect(ben.isSetAside)
    #expect(session.onBreak == ["Ben"])
    // Nothing for Ben's eyes reaches the room: no crisis reply, no pause question.
    #expect(ben.personal.safetyReplies.isEmpty)
    #expect(ben.personal.questions.isEmpty && ben.room.questions.isEmpty)
    #expect(ben.personal.records.map(\.isSafety) == [true])
    #expect(ben.personal.hasPaused)
    #expect(ben.room.notices == ["Ben is taking a break."])
    let guidance = ben.personal.filter { $0.kind == .facilitatorNote }.map(\.text)
    #expect(
      guidance == [
        "For the facilitator: speak with Ben privately. Help: Your local emergency number: 999 (test)\nTestland: Test Line, call 123 (source: example.org, checked 2026-11) Type :rejoin Ben to bring Ben back."
      ])
    #expect(!(ben.personal + ben.room).contains { $0.text.contains("end it all") })
    // Cy answers, the room moves on, and Ben's turns are skipped from then on.
    #expect(session.turn == "Cy")
    let cy = session.answer("I am swamped", from: "Cy")
    #expect(cy.room.questions == ["How ready do you feel for that first meeting?"])
    _ = session.answer("5", from: "Ana")
    #expect(session.turn == "Cy")
    #expect(session.pass("Ben").isEmpty)
    #expect(session.answer("4", from: "Ben").personal.isEmpty)
  }

  @Test func theLastParticipantToAnswerBeingSetAsideMovesTheRoomOn() throws {
    var session = try room()
    _ = session.answer("I am swamped", from: "Ana")
    _ = session.answer("I am swamped", from: "Ben")
    let cy = session.answer("I want to end it all", from: "Cy")
    #expect(cy.room.notices == ["Cy is taking a break."])
    #expect(cy.room.questions == ["How ready do you feel for that first meeting?"])
    #expect(session.step.id == "confidence")
    #expect(session.turn == "Ana")
  }

  @Test func aParticipantOnABreakRejoinsAtTheCurrentStep() throws {
    var session = try room()
    _ = session.answer("I want to end it all", from: "Ana")
    _ = session.answer("I am swamped", from: "Ben")
    _ = session.answer("I am swamped", from: "Cy")
    #expect(session.turn == "Ben")
    #expect(session.rejoin("Cy").isEmpty, "Cy is not on a break")
    let back = session.rejoin("Ana")
    #expect(back.notices == ["Ana is joining in again."])
    #expect(session.onBreak.isEmpty)
    #expect(session.turn == "Ana")
    let ana = session.answer("5", from: "Ana")
    #expect(ana.personal.replies == ["Good. Let's build on that."])
    #expect(ana.personal.records.map(\.step) == ["confidence"])
  }

  @Test func whenEveryoneIsOnABreakOnlyTheGroupCanAnswer() throws {
    var session = try room(["Ana"])
    let ana = session.answer("I want to end it all", from: "Ana")
    #expect(ana.room.questions == ["How ready do you feel for that first meeting?"])
    #expect(session.everyoneIsOnBreak)
    #expect(session.turn == nil)
    _ = session.groupAnswer("5")
    #expect(session.step.id == "format")
  }

  @Test func aGroupAnswerCaughtByTheSafetyNetIsSetAsideAndTheRoomStays() throws {
    var session = try room()
    let caught = session.groupAnswer("I want to end it all")
    #expect(caught.isSetAside)
    #expect(caught.personal.safetyReplies.isEmpty)
    #expect(caught.personal.questions.isEmpty)
    #expect(caught.room.notices == ["Let's leave that answer there for now."])
    #expect(
      caught.personal.filter { $0.kind == .facilitatorNote }.map(\.text).first?.hasPrefix(
        "For the facilitator: find out privately who the group's answer concerns.") == true)
    #expect(session.onBreak.isEmpty)
    #expect(session.step.id == "opening")
    #expect(session.turn == "Ana")
    #expect(session.people["Ana"]?.state.core.answers["opening"] == nil)
  }

  @Test func someoneElseAtRiskAlsoSetsTheParticipantAsideWithActTodayGuidance() throws {
    let scenario = try BundledFiles.scenario("time-management")
    var session = WorkshopSession(scenario: scenario, participants: ["Ana", "Ben"])
    _ = session.start()
    let ana = session.answer("My mentee told me she wants to end it all", from: "Ana")
    #expect(ana.isSetAside)
    #expect(session.onBreak == ["Ana"])
    #expect(ana.room.notices == ["Ana is taking a break."])
    let guidance = try #require(ana.personal.first { $0.kind == .facilitatorNote })
    #expect(guidance.text.hasPrefix("Ana described someone who may not be safe right now."))
    #expect(guidance.text.contains("Samaritans"))
    #expect(guidance.tags.contains("safety.other-at-risk"))
    #expect(session.turn == "Ben")
  }

  @Test func theRoomsChoiceAndTheGroupsAnswerReachEverySummary() throws {
    let scenario = try scenario(
      scenarioHeader + """
        steps:
          - id: worry
            ask: text
            question: What worries you?
          - id: ready
            ask: scale
            question: How ready?
            scale: {min: 1, max: 7, low: not, high: very}
          - id: focus
            ask: choice
            question: Which one?
            choices:
              - label: Evenings
              - label: Weekends
          - id: end
            end: true
            say: "Worry: {answer:worry}. Ready: {rating:ready}. Focus: {choice:focus}."
        """)
    var session = WorkshopSession(scenario: scenario, participants: ["Ana", "Ben"])
    _ = session.start()
    _ = session.groupAnswer("Messages late at night")
    _ = session.groupAnswer("4")
    let end = session.roomAnswer("2")
    #expect(
      end.filter { $0.kind == .summary }.map(\.text) == [
        "Ana\nWorry: Messages late at night. Ready: 4. Focus: Weekends.",
        "Ben\nWorry: Messages late at night. Ready: 4. Focus: Weekends.",
      ])
  }

  @Test func anAnswerNothingRepliesToIsAcknowledged() throws {
    var session = try room()
    let ana = session.answer("hmm", from: "Ana")
    #expect(ana.personal.notices == ["Thank you."])
    let group = session.groupAnswer("hmm")
    #expect(group.personal.notices == ["Thank you."])
    // An invalid answer gets its retry, not thanks.
    let bad = session.answer("12", from: "Ana")
    #expect(bad.personal.notices.isEmpty)
  }
}
