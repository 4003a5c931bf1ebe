import CoachKit
import Testing

/// A room of three on `first-meeting`: turns, passes, group and room answers, navigation.
@Suite struct WorkshopSessionTests {
  static let names = ["Ana", "Ben", "Cy"]

  /// A started workshop for Ana, Ben and Cy.
  func room(_ names: [String] = Self.names) throws -> WorkshopSession {
    var session = WorkshopSession(scenario: try firstMeeting(), participants: names)
    _ = session.start()
    return session
  }

  @Test func startReturnsTheRoomsOpeningAndAsksTheFirstParticipant() throws {
    var session = WorkshopSession(scenario: try firstMeeting(), participants: Self.names)
    let opening = session.start()
    #expect(opening.sayings == ["Let's plan your first meeting with your mentee."])
    #expect(opening.questions == ["What worries you most about that first meeting?"])
    #expect(session.step.id == "opening")
    #expect(session.asksEachPerson)
    #expect(session.turn == "Ana")
    #expect(session.done.isEmpty)
    #expect(!session.isFinished)
    #expect(Set(session.people.keys) == Set(Self.names))
  }

  @Test func participantsAnswerInTurnAndTheRoomMovesOnAfterTheLast() throws {
    var session = try room()
    let ana = session.answer("I am so busy with clinic", from: "Ana")
    #expect(ana.replies == ["You sound busy. Let's keep it manageable."])
    #expect(ana.personal.records.map(\.input) == ["I am so busy with clinic"])
    #expect(ana.room.isEmpty)
    #expect(session.done == ["Ana"])
    #expect(session.turn == "Ben")
    #expect(session.step.id == "opening")

    let ben = session.answer("I am swamped", from: "Ben")
    #expect(ben.room.isEmpty)
    #expect(session.turn == "Cy")

    let cy = session.answer("I am so busy", from: "Cy")
    #expect(cy.room.questions == ["How ready do you feel for that first meeting?"])
    #expect(session.step.id == "confidence")
    #expect(session.done.isEmpty)
    #expect(session.turn == "Ana")
  }

  @Test func thePersonalOutputsStopAtTheStepTheyAnswered() throws {
    var session = try room()
    // Ana's own engine moves on to `confidence`; the room is still at `opening`.
    let ana = session.answer("I am so busy with clinic", from: "Ana")
    #expect(ana.personal.allSatisfy { $0.step == "opening" })
    #expect(ana.personal.questions.isEmpty)
    #expect(session.people["Ana"]?.currentStep.id == "confidence")
  }

  @Test func eachParticipantHasTheirOwnEngine() throws {
    var session = try room()
    // The `busy` rule cycles through two replies; a shared engine would give Ben the second.
    let ana = session.answer("I am so busy", from: "Ana")
    let ben = session.answer("I am so busy", from: "Ben")
    #expect(ana.replies == ["You sound busy. Let's keep it manageable."])
    #expect(ben.replies == ["You sound busy. Let's keep it manageable."])
    #expect(session.people["Ana"]?.state.core.answers["opening"] == "I am so busy")
    #expect(session.people["Cy"]?.state.core.answers["opening"] == nil)
  }

  @Test func aParticipantsEngineFollowsTheRoomToTheCurrentStep() throws {
    var session = try room()
    for name in Self.names { _ = session.pass(name) }
    #expect(session.step.id == "confidence")
    let ana = session.answer("2", from: "Ana")
    #expect(ana.replies == ["That is an honest place to start."])
    #expect(ana.personal.records.map(\.value) == [2])
    #expect(ana.personal.records.map(\.step) == ["confidence"])
  }

  @Test func passingMovesOnOnceEveryoneHasAnsweredOrPassed() throws {
    var session = try room()
    #expect(session.pass("Ana").isEmpty)
    #expect(session.turn == "Ben")
    _ = session.answer("I am swamped", from: "Ben")
    let last = session.pass("Cy")
    #expect(last.questions == ["How ready do you feel for that first meeting?"])
    #expect(session.step.id == "confidence")
    #expect(session.turn == "Ana")
  }

  @Test func passingForSomeoneWhoIsNotInTheRoomChangesNothing() throws {
    var session = try room()
    #expect(session.pass("Dee").isEmpty)
    #expect(session.done.isEmpty)
    #expect(session.turn == "Ana")
  }

  @Test func aGroupAnswerStandsForEveryone() throws {
    var session = try room()
    _ = session.answer("I am swamped", from: "Ana")
    let group = session.groupAnswer("We are all so busy")
    #expect(group.replies == ["You sound busy. Let's keep it manageable."])
    #expect(group.personal.records.map(\.input) == ["We are all so busy"])
    #expect(group.room.questions == ["How ready do you feel for that first meeting?"])
    #expect(session.step.id == "confidence")
    #expect(session.turn == "Ana")
  }

  @Test func aGroupAnswerThatIsNotValidLeavesTheRoomWhereItIs() throws {
    var session = try room()
    for name in Self.names { _ = session.pass(name) }
    let group = session.groupAnswer("9")
    #expect(
      group.personal.retries == [
        "Please give a whole number from 1 (not at all ready) to 7 (completely ready)."
      ])
    #expect(group.room.isEmpty)
    #expect(session.step.id == "confidence")
    #expect(session.done.isEmpty)
  }

  @Test func anInvalidAnswerKeepsItsAuthorsTurn() throws {
    var session = try room()
    for name in Self.names { _ = session.pass(name) }
    let bad = session.answer("9", from: "Ana")
    #expect(bad.personal.retries.count == 1)
    #expect(bad.personal.records.map(\.accepted) == [false])
    #expect(session.turn == "Ana")
    #expect(session.done.isEmpty)

    var fresh = try room()
    let empty = fresh.answer("   ", from: "Ana")
    #expect(empty.personal.retries == ["Take your time."])
    #expect(fresh.turn == "Ana")
  }

  @Test func anAnswerNoRuleMatchesCountsButItsFollowUpIsLeftOut() throws {
    var session = try room()
    let ana = session.answer("hmm", from: "Ana")
    #expect(ana.personal.records.map(\.accepted) == [true])
    #expect(ana.personal.fallbacks.isEmpty)
    #expect(session.done == ["Ana"])
  }

  @Test func theRoomChoosesTogetherAtAChoiceStep() throws {
    var session = try room()
    for name in Self.names { _ = session.pass(name) }
    _ = session.groupAnswer("5")
    #expect(session.step.id == "format")
    #expect(!session.asksEachPerson)
    #expect(session.turn == nil)

    #expect(session.answer("1", from: "Ana").personal.isEmpty)
    #expect(session.groupAnswer("1").personal.isEmpty)
    #expect(session.pass("Ana").isEmpty)
    #expect(session.step.id == "format")

    let wrong = session.roomAnswer("9")
    #expect(wrong.retries == ["Please type a number from 1 to 2."])
    #expect(session.step.id == "format")

    let chosen = session.roomAnswer("2")
    #expect(chosen.records.map(\.value) == [2])
    #expect(chosen.questions == ["What will you do this week to set up the meeting?"])
    #expect(session.step.id == "step")
    #expect(session.turn == "Ana")
  }

  @Test func goingBackReturnsTheRoomAndForgetsWhoHadAnswered() throws {
    var session = try room()
    for name in Self.names { _ = session.pass(name) }
    _ = session.answer("5", from: "Ana")
    #expect(session.done == ["Ana"])
    let back = session.back()
    #expect(back.notices == ["Let's go back to the previous question."])
    #expect(back.questions == ["What worries you most about that first meeting?"])
    #expect(session.step.id == "opening")
    #expect(session.done.isEmpty)
    #expect(session.turn == "Ana")
    let ana = session.answer("I am so busy", from: "Ana")
    #expect(ana.replies == ["You sound busy. Let's keep it manageable."])
    #expect(session.done == ["Ana"])
  }

  @Test func skippingMovesTheRoomOnWithoutAnyAnswer() throws {
    var session = try room()
    _ = session.answer("I am swamped", from: "Ana")
    let skipped = session.skip()
    #expect(skipped.notices == ["We can leave that one."])
    #expect(skipped.questions == ["How ready do you feel for that first meeting?"])
    #expect(session.step.id == "confidence")
    #expect(session.done.isEmpty)
    #expect(session.turn == "Ana")
  }

  @Test func theRoomRunsToTheEnding() throws {
    var session = try room()
    _ = session.answer("I am so busy", from: "Ana")
    _ = session.pass("Ben")
    _ = session.answer("I feel nervous about it", from: "Cy")
    _ = session.groupAnswer("5")
    _ = session.roomAnswer("1")
    _ = session.answer("I will email them", from: "Ana")
    _ = session.answer("I will book it", from: "Ben")
    let last = session.pass("Cy")
    #expect(last.summary != nil)
    #expect(last.hasEnded)
    #expect(session.isFinished)
    #expect(session.turn == nil)
    #expect(session.answer("more", from: "Ana").personal.isEmpty)
  }

  @Test func replayingTheSameAnswersRebuildsTheSameRoom() throws {
    func play() throws -> ([[Output]], WorkshopSession) {
      var session = try room()
      let outputs = [
        session.answer("I am so busy", from: "Ana").personal,
        session.pass("Ben"),
        session.answer("I feel nervous about it", from: "Cy").room,
        session.groupAnswer("3").personal,
      ]
      return (outputs, session)
    }
    let (first, one) = try play()
    let (second, two) = try play()
    #expect(first == second)
    #expect(one.room.state == two.room.state)
    #expect(one.people["Ana"]?.state == two.people["Ana"]?.state)
  }
}

extension WorkshopSession.Turn {
  /// The replies in the personal outputs.
  fileprivate var replies: [String] { personal.replies }
}
