import CoachKit
import Foundation
import TestSupport
import Testing

/// Numbered captures that point at fixed words, and rotations of rules that share an id.
@Suite struct CaptureNumberingTests {
  @Test func warnsWithWhatEachNumberStandsForWhenItPointsAtAFixedWord() throws {
    let (scenario, diagnostics) = try compile(
      scenarioHeader + """
        steps:
          - id: ask
            question: What do you do?
            rules:
              - match: "* leave them rest=* "
                reply: ["So you leave them {2}.", "You leave them {rest}.", "Them: {4}."]
          - id: done
            end: true
        """)
    #expect(scenario != nil)
    #expect(diagnostics.map(\.code) == [.literalCapture])
    let warning = try #require(diagnostics.first)
    #expect(warning.severity == .warning)
    #expect(
      warning.message.contains("{2} is element 2 of '* leave them rest=* ', the word 'leave'"))
    #expect(warning.notes.first == "{1} is '*', {2} is 'leave', {3} is 'them', {4} is 'rest=*'")
  }

  @Test func anOutOfRangeNumberSaysWhatEachNumberStandsFor() throws {
    let (_, diagnostics) = try compile(
      scenarioHeader + """
        steps:
          - id: ask
            question: What do you do?
            rules:
              - match: "* i (cry|shout) *"
                reply: "You {5}."
          - id: done
            end: true
        """)
    let error = try #require(diagnostics.first { $0.code == .captureOutOfRange })
    #expect(error.notes == ["{1} is '*', {2} is 'i', {3} is '(cry|shout)', {4} is '*'"])
  }

  @Test func rulesSharingAnIDKeepTheirOwnRotation() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          keywords:
            - key: rota
              rules:
                - id: same
                  match: "*"
                  reply: [Rota one., Rota two.]
            - key: clinic
              rules:
                - id: same
                  match: "*"
                  reply: [Clinic one., Clinic two.]
          steps:
            - id: talk
              question: Go on?
              next: talk
            - id: done
              end: true
          """))
    let replies = ["the rota", "the clinic", "the rota", "the clinic"].map { answer in
      engine.say(answer).first { $0.kind == .reply }?.text ?? "-"
    }
    #expect(replies == ["Rota one.", "Clinic one.", "Rota two.", "Clinic two."])
  }
}
