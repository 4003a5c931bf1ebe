import CoachKit
import Foundation

/// Engine time on a 20 KB run-on answer (dictation with no full stops) against a 200-byte
/// one, at the opening step of the bundled time-management scenario, and on a rule of many
/// wildcards over 4,000 words against 40: the ratios show matching close to linear.
struct LongAnswerBench {
  var repo: URL
  var prompts: Prompts

  func run() {
    let path = repo.appendingPathComponent("Scenarios/time-management.yaml")
    guard let text = try? String(contentsOf: path, encoding: .utf8),
      let scenario = ScenarioCompiler.compile(text, path: path.path, prompts: prompts).0
    else { fatalError("cannot compile \(path.path)") }
    var engine = Engine(scenario: scenario)
    _ = engine.start()
    let short = Self.runOn(bytes: 200)
    let long = Self.runOn(bytes: 20_000)
    func answer(_ text: String) -> Double {
      var copy = engine
      let start = Statistics.now()
      _ = copy.handle(.answer(text))
      return Statistics.now() - start
    }
    let shortTimes = (0..<50).map { _ in answer(short) }
    let longTimes = (0..<7).map { _ in answer(long) }
    let (shortMedian, longMedian) = (Statistics.median(shortTimes), Statistics.median(longTimes))
    print(
      "long answers, time-management opening step: 200 B run-on median \(Statistics.milliseconds(shortMedian)), 20 KB median \(Statistics.milliseconds(longMedian))"
    )
    print(
      String(
        format: "  20 KB / 200 B: %.0fx for %.0fx the text (goal: at most 200x)",
        longMedian / shortMedian, Double(long.utf8.count) / Double(short.utf8.count)))
    benchWildcards()
  }

  private func benchWildcards() {
    let voice = prompts.voice
    guard let pattern = try? PatternParser.parse("* a * a * a * zzz") else { return }
    func time(words: Int, runs: Int) -> Double {
      let tokens = voice.normalizer.tokens(
        Array(repeating: "a b", count: words / 2).joined(separator: " "))
      let times = (0..<runs).map { _ in
        let start = Statistics.now()
        _ = pattern.match(tokens, concepts: ConceptTable(), negation: voice.negation)
        return Statistics.now() - start
      }
      return Statistics.median(times)
    }
    let (short, long) = (time(words: 40, runs: 200), time(words: 4_000, runs: 20))
    print(
      String(
        format:
          "  \"* a * a * a * zzz\" on 40 words %.1f µs, on 4,000 words %.1f µs: %.0fx for 100x",
        short * 1e6, long * 1e6, long / short))
  }

  /// Run-on text of at least `bytes` bytes.
  static func runOn(bytes: Int) -> String {
    let words = """
      i feel like my mentee keeps cancelling our meetings and i never know what to say to her \
      when she does then the rota changes again and i am on call and the clinic runs late
      """.split(separator: " ")
    var text = ""
    var index = 0
    while text.utf8.count < bytes {
      text += (text.isEmpty ? "" : " ") + words[(index * 7 + index / words.count) % words.count]
      index += 1
    }
    return text
  }
}
