import Review
import Testing
import Transcript

@Suite struct RedactorTests {
  @Test func givesStablePseudonymsAcrossSessions() throws {
    var redactor = Redactor()
    let practice = redactor.redact(try Samples.practice())
    let workshop = redactor.redact(try Samples.workshop())
    #expect(practice.started.name == "Participant 1")
    #expect(workshop.started.participants == ["Participant 2", "Participant 3"])
    #expect(
      workshop.events.compactMap(\.who) == [
        "Participant 2", "Participant 3", "Participant 3", "Participant 2",
      ])
    #expect(redactor.pseudonym(for: "  ana ") == "Participant 2")
  }

  @Test func replacesWholeWordMentionsAndDropsNotesAndCaptures() throws {
    var redactor = Redactor()
    let log = redactor.redact(try Samples.practice())
    let texts = log.events.compactMap { event -> String? in
      switch event.payload {
      case .said(let said): said.text
      case .answered(let answer): answer.input
      default: nil
      }
    }
    #expect(texts.contains("Thank you, Participant 1."))
    #expect(texts.contains("I felt like a FRAUD, said \"Participant 1\"\nthen froze"))
    #expect(!log.events.contains { if case .note = $0.payload { true } else { false } })
    #expect(
      log.events.allSatisfy { event in
        if case .answered(let answer) = event.payload { return answer.captures.isEmpty }
        return true
      })
  }

  @Test func leavesNamesInsideOtherWordsAlone() throws {
    var redactor = Redactor()
    let log = redactor.redact(try Samples.workshop())
    let inputs = log.events.compactMap { event -> String? in
      if case .answered(let answer) = event.payload { return answer.input }
      return nil
    }
    #expect(inputs.first == "Participant 2 never switches off")
    #expect(inputs.last == "Mute the phone at 8pm")
  }
}
