#!/usr/bin/env bash
# make bench: start-up time against a hello world built the same way, engine time per answer
# on a 10,000-rule scenario, load-and-validate times, and the programme database (share
# throughput, review from PostgreSQL against files). Medians from one run, with ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-bench
mkdir -p "$out/hello/Sources/hello"
cat > "$out/hello/Package.swift" <<'SWIFT'
// swift-tools-version: 6.2
import PackageDescription
let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
SWIFT
cat > "$out/hello/Sources/hello/main.swift" <<'SWIFT'
#if canImport(Glibc)
  import Glibc
#endif
_ = write(1, "hello\n", 6)
_ = readLine()
SWIFT
echo "building release binaries..."
swift build -c release --product mentor-coach >/dev/null
swift build -c release --product coach-bench >/dev/null
swift build -c release --package-path "$out/hello" --scratch-path "$out/hello/.build" >/dev/null
bin=$(swift build -c release --show-bin-path)
hello=$(swift build -c release --package-path "$out/hello" --scratch-path "$out/hello/.build" --show-bin-path)/hello
echo
"$bin/coach-bench" startup "$bin/mentor-coach" "$hello"
echo
"$bin/coach-bench" engine "$PWD"
echo
"$bin/coach-bench" review "$bin/mentor-coach"
echo
./scripts/with-postgres.sh ./scripts/bench-programme.sh "$bin"
