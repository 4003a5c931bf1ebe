import CoachKit
import Foundation
import Testing

extension EngineTests {
  static let script: [Input] = [
    .answer("I'm swamped, the rota is awful"), .back, .answer("hello"), .answer("still"),
    .answer("nine"), .answer("9"), .answer("3"), .answer("On a"), .answer("I want to end it all"),
    .answer("no"), .skip,
  ]

  @Test func replayingTheSameInputsGivesTheSameStateAndOutputs() throws {
    let scenario = try firstMeeting()
    func run() -> (EngineState, [[Output]]) {
      var engine = Engine(scenario: scenario)
      var outputs = [engine.start()]
      for input in Self.script { outputs.append(engine.handle(input)) }
      return (engine.state, outputs)
    }
    let (firstState, firstOutputs) = run()
    let (secondState, secondOutputs) = run()
    #expect(firstState == secondState)
    #expect(firstOutputs == secondOutputs)
    #expect(firstState.core.phase == .finished)
  }

  @Test func engineStateSurvivesAJSONRoundTrip() throws {
    var engine = startedEngine(try firstMeeting())
    for input in Self.script.prefix(8) { _ = engine.handle(input) }
    _ = engine.say("I want to end it all")
    let data = try JSONEncoder().encode(engine.state)
    let decoded = try JSONDecoder().decode(EngineState.self, from: data)
    #expect(decoded == engine.state)
    #expect(decoded.core.phase == .safetyCheck)
    #expect(!decoded.undo.isEmpty)
  }

  @Test func inputsSurviveAJSONRoundTrip() throws {
    let data = try JSONEncoder().encode(Self.script)
    #expect(try JSONDecoder().decode([Input].self, from: data) == Self.script)
  }
}
