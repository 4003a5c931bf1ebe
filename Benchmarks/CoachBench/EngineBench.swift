import CoachKit
import Foundation

/// Engine time per answer on a generated scenario with 10,000 rules and 500 concept sets, and
/// load-and-validate time for the bundled scenarios and for 200 generated files.
struct EngineBench {
  var repo: URL

  func run() {
    let prompts = loadPrompts()
    let answers = Self.answers
    let text = Self.generatedScenario(rules: 10_000, concepts: 500)
    let loadStart = Statistics.now()
    let (compiled, diagnostics) = ScenarioCompiler.compile(
      text, path: "generated.yaml", prompts: prompts)
    let loadTime = Statistics.now() - loadStart
    guard let scenario = compiled else {
      fatalError("the generated scenario does not compile: \(diagnostics.prefix(3))")
    }
    var engine = Engine(scenario: scenario)
    _ = engine.start()
    var times: [Double] = []
    for round in 0..<20 {
      for answer in answers {
        let start = Statistics.now()
        let outputs = engine.handle(.answer(answer))
        let elapsed = Statistics.now() - start
        precondition(!outputs.isEmpty, "the engine gave no output")
        if round > 0 { times.append(elapsed) }
      }
    }
    print(
      "engine, generated scenario with 10,000 rules and 500 concept sets (compiled in \(Statistics.milliseconds(loadTime)))"
    )
    print(
      "  per answer over \(times.count) answers: median \(Statistics.microseconds(Statistics.median(times))), p99 \(Statistics.microseconds(Statistics.percentile(times, 99))) (goal: p99 at most 1 ms)"
    )
    benchLoading(prompts: prompts)
    LongAnswerBench(repo: repo, prompts: prompts).run()
    print(
      String(format: "  peak memory of the benchmark process: %.1f MiB", Statistics.peakMemoryMiB())
    )
  }

  private func benchLoading(prompts: Prompts) {
    let folder = repo.appendingPathComponent("Scenarios")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".yaml") && !$0.contains(".tests.") }
    let bundled = names.compactMap { name in
      (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map {
        (name, $0)
      }
    }
    var bundledTimes: [Double] = []
    for _ in 0..<20 {
      let start = Statistics.now()
      for (name, text) in bundled {
        _ = ScenarioCompiler.compile(text, path: name, prompts: prompts)
      }
      bundledTimes.append(Statistics.now() - start)
    }
    print(
      "load and validate the \(bundled.count) bundled scenarios: median \(Statistics.milliseconds(Statistics.median(bundledTimes))) (20 runs)"
    )
    let generated = (0..<200).map {
      Self.generatedScenario(rules: 60, concepts: 10, id: "generated-\($0)")
    }
    var generatedTimes: [Double] = []
    for _ in 0..<5 {
      let start = Statistics.now()
      for (index, text) in generated.enumerated() {
        _ = ScenarioCompiler.compile(text, path: "generated-\(index).yaml", prompts: prompts)
      }
      generatedTimes.append(Statistics.now() - start)
    }
    print(
      "load and validate 200 generated files (60 rules, 10 concepts each): median \(Statistics.milliseconds(Statistics.median(generatedTimes))) (5 runs)"
    )
  }

  private func loadPrompts() -> Prompts {
    let folder = repo.appendingPathComponent("Prompts")
    func file(_ name: String) -> PromptsLoader.File {
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        fatalError("cannot read \(url.path)")
      }
      return PromptsLoader.File(text: text, path: url.path)
    }
    let (prompts, diagnostics) = PromptsLoader.load(reading: file)
    guard let prompts else { fatalError("the prompts have errors: \(diagnostics.prefix(3))") }
    return prompts
  }

  /// A scenario whose free-text step loops on itself, with `rules` rules over `concepts`
  /// concept sets of ten phrases each.
  static func generatedScenario(rules: Int, concepts: Int, id: String = "generated") -> String {
    var lines = [
      "id: \(id)", "title: Generated", "area: time",
      "summary: A generated scenario for benchmarks.",
      "minutes: 10", "version: 1", "concepts:",
    ]
    for concept in 0..<concepts {
      let words = (0..<10).map { "w\(concept)x\($0)" } + ["shared phrase \(concept)"]
      lines.append("  c\(concept): [\(words.joined(separator: ", "))]")
    }
    lines += [
      "steps:", "  - id: talk", "    ask: text", "    question: What is on your mind?",
      "    rules:",
    ]
    for rule in 0..<rules {
      lines += [
        "      - match: \"* @c\(rule % concepts) * term\(rule) *\"",
        "        tags: [time.overload]",
        "        reply: Say more about term\(rule).",
      ]
    }
    lines += [
      "      - match: \"* finish now *\"", "        reply: Let's finish.", "        next: end",
      "    fallback: [Tell me more., What else?]", "    next: talk", "  - id: end", "    end: true",
      "    say: Thank you.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  static let answers = [
    "I'm on call every third night so our meetings keep getting pushed back",
    "I feel like a fraud when she asks me about fellowships, I never did one",
    "Honestly I am stretched thin with clinics and the rota and the portfolio sign offs",
    "She messages me at eleven at night and I feel I have to answer straight away",
    "w12x3 came up again and term12 too",
    "I don't think I'm the right person, my old mentor was amazing and I'm not",
    "We agreed to meet every other Tuesday for thirty minutes with an agenda",
    "nothing much really",
    "I am also his educational supervisor and I have to sign off his ARCP",
    "shared phrase 7 and then term4007 as well, but not much else",
  ]
}
