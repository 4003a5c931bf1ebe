// swift-tools-version: 6.2
import PackageDescription

// Linux only: the line editor and the executable use Glibc and /proc, and nothing is built or
// tested anywhere else, so no other platform or package provider is claimed.
let package = Package(
  name: "MentorCoach",
  products: [
    .executable(name: "mentor-coach", targets: ["mentor-coach"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // libpq's header, and the functions Programme calls, loaded from libpq.so.5 on first use.
    .target(name: "CLibPQ"),
    .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
    .target(name: "LineEditor", dependencies: ["CEditLine"]),
    .target(
      name: "CoachKit", dependencies: ["CStemmer", .product(name: "Yams", package: "Yams")]),
    .target(name: "Transcript", dependencies: ["CoachKit"]),
    .target(name: "Review", dependencies: ["Transcript", "CoachKit"]),
    .target(name: "Programme", dependencies: ["CLibPQ", "Transcript", "Review"]),
    .executableTarget(
      name: "mentor-coach",
      dependencies: [
        "LineEditor", "CoachKit", "Transcript", "Review", "Programme",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "coach-bench", dependencies: ["CoachKit", "Transcript", "Review"],
      path: "Benchmarks/CoachBench"),
    // The fuzzing harness: `make fuzz` builds it with libFuzzer (-DFUZZING -sanitize=fuzzer,
    // in .build-fuzz); the normal build is its corpus replayer, which `make test` runs.
    .target(name: "CFuzzer", path: "Fuzz/CFuzzer"),
    .executableTarget(
      name: "coach-fuzz", dependencies: ["CFuzzer", "CoachKit", "Transcript", "Review"],
      path: "Fuzz/Harness"),
    .target(
      name: "TestSupport",
      dependencies: ["CoachKit", "Transcript", "LineEditor"],
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "CoachKitTests",
      dependencies: ["CoachKit", "TestSupport", .product(name: "Yams", package: "Yams")],
      exclude: ["Fixtures"]),
    .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "CEditLine", "TestSupport"]),
    .testTarget(
      name: "TranscriptTests", dependencies: ["Transcript", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "ReviewTests", dependencies: ["Review", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "ProgrammeTests",
      dependencies: ["Programme", "Review", "Transcript", "TestSupport", "mentor-coach"]),
    .testTarget(name: "MentorCoachTests", dependencies: ["mentor-coach", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["mentor-coach", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
  var settings = target.swiftSettings ?? []
  settings += [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
  ]
  target.swiftSettings = settings
}
