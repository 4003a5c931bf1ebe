import CoachKit
import Foundation

#if FUZZING
import CFuzzer
#endif

/// The fuzzing harness (`make fuzz`): libFuzzer on the scenario loader, the pattern compiler
/// and matcher, the transcript reader and the answer normaliser.
///
///     coach-fuzz TARGET [libFuzzer options] [CORPUS…]    built with -DFUZZING: fuzz
///     coach-fuzz TARGET FILE_OR_FOLDER…                  a normal build: run each input once
///
/// Built with `-DFUZZING -sanitize=fuzzer` (and linked with lld, as `make fuzz` does), this
/// `main` takes `TARGET` off the arguments and hands the rest to libFuzzer's driver
/// (`LLVMFuzzerRunDriver`), which reads its options and corpus folders from them.
///
/// `TARGET` is one of ``FuzzTarget``. The normal build is the regression runner: it feeds the
/// committed corpus through the same code without instrumentation, so `make test` checks that
/// no input found so far crashes again, cheaply. The prompts come from `Prompts/` in the
/// current folder (or `COACH_FUZZ_PROMPTS`), loaded once.
@main
enum CoachFuzz {
  nonisolated(unsafe) static var target = FuzzTarget.scenario
  nonisolated(unsafe) static var prompts: Prompts?

  static func main() {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
      FileHandle.standardError.write(
        Data("usage: coach-fuzz \(names) [libFuzzer options | inputs…]\n".utf8))
      exit(2)
    }
    Self.target = target
    Self.prompts = loadPrompts()
    #if FUZZING
    // libFuzzer's options and corpus folders: everything but the target's name.
    let rest = [arguments[0]] + arguments.dropFirst(2)
    var argc = Int32(rest.count)
    var pointers = rest.map { strdup($0) } + [nil]
    let status = pointers.withUnsafeMutableBufferPointer { buffer -> Int32 in
      var argv = buffer.baseAddress
      return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        CoachFuzz.runOne(UnsafeBufferPointer(start: data, count: size))
        return 0
      }
    }
    exit(status)
    #else
    var count = 0
    for path in arguments.dropFirst(2) {
      for file in files(at: path) {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        data.withUnsafeBytes { runOne($0.bindMemory(to: UInt8.self)) }
        count += 1
      }
    }
    print("coach-fuzz \(target.rawValue): \(count) inputs ran without a crash")
    #endif
  }

  static func runOne(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let prompts else { return }
    target.run(bytes, prompts)
  }

  private static func files(at path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
    guard isFolder.boolValue else { return [path] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.sorted().map { path + "/" + $0 }
  }

  static func loadPrompts() -> Prompts {
    let environment = ProcessInfo.processInfo.environment
    let folder = URL(fileURLWithPath: environment["COACH_FUZZ_PROMPTS"] ?? "Prompts")
    func file(_ name: String) -> PromptsLoader.File {
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        fatalError("cannot read \(url.path); run from the repository or set COACH_FUZZ_PROMPTS")
      }
      return PromptsLoader.File(text: text, path: url.path)
    }
    let (prompts, diagnostics) = PromptsLoader.load(reading: file)
    guard let prompts else { fatalError("the prompts have errors: \(diagnostics.prefix(3))") }
    return prompts
  }
}

#if FUZZING
/// libFuzzer's usual entry point, which its library refers to; the driver above is given the
/// same function.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  CoachFuzz.runOne(UnsafeBufferPointer(start: data, count: size))
  return 0
}
#endif
