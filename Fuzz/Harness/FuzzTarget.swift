import CoachKit
import Foundation
import Review
import Transcript

/// What the fuzzer feeds: the four places untrusted text enters the coach.
///
/// Each takes arbitrary bytes and must return without crashing, hanging or growing without
/// bound; what it returns is thrown away. A crash found becomes a regression test in
/// `Tests/CoachKitTests/Fuzz` or `Tests/TranscriptTests/Fuzz`, and its input is added to the
/// corpus.
enum FuzzTarget: String, CaseIterable {
  /// A scenario file: YAML parsing, the authoring model, validation and compilation.
  case scenario
  /// A pattern (the first line) compiled and matched against an answer (the rest).
  case pattern
  /// A transcript file read tolerantly, summarised, then redacted.
  case transcript
  /// An answer turned into tokens and clauses.
  case normalizer

  /// Runs one input.
  func run(_ bytes: UnsafeBufferPointer<UInt8>, _ prompts: Prompts) {
    switch self {
    case .scenario:
      let text = String(decoding: bytes, as: UTF8.self)
      _ = ScenarioCompiler.compile(text, path: "fuzz.yaml", prompts: prompts)
    case .pattern:
      let text = String(decoding: bytes, as: UTF8.self)
      let (source, answer) = Self.split(text)
      let normalizer = prompts.voice.normalizer
      guard let pattern = try? PatternParser.parse(source, contractions: normalizer.contractions)
      else { return }
      for clause in normalizer.clauses(answer) {
        _ = pattern.match(
          clause, concepts: prompts.themeConceptTable, negation: prompts.voice.negation)
      }
    case .transcript:
      let url = URL(fileURLWithPath: "/fuzz/20260101-000000-fuzz-0000.jsonl")
      guard let log = try? TranscriptReader.parse(Data(bytes), url: url) else { return }
      var redactor = Redactor()
      let redacted = redactor.redact(log)
      _ = TranscriptRenderer().render(redacted)
    case .normalizer:
      let normalizer = prompts.voice.normalizer
      _ = normalizer.clauses(String(decoding: bytes, as: UTF8.self))
    }
  }

  private static func split(_ text: String) -> (String, String) {
    guard let newline = text.firstIndex(of: "\n") else { return (text, "") }
    return (String(text[..<newline]), String(text[text.index(after: newline)...]))
  }
}
