#!/usr/bin/env bash
# make bench: every figure against its baseline, measured in the same run. Start-up (practice's
# first question, list, --version) against a hello world built the same way (release, static
# Swift runtime); engine time per answer on a 10,000-rule scenario and load-and-validate
# times; the DOCTOR-style scan-mode fixture over 15 lines (against $ELIZA_PEER, a peer ELIZA
# program, when set); review search against grep and review report against its goals over
# 10,000 sessions; the programme database (share throughput, review from PostgreSQL against
# files). Memory figures are each child's own peak (wait4's rusage).
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-bench
flags=(-c release --static-swift-stdlib)
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
swift build "${flags[@]}" --product mentor-coach >/dev/null
swift build "${flags[@]}" --product coach-bench >/dev/null
swift build "${flags[@]}" --package-path "$out/hello" --scratch-path "$out/hello/.build" >/dev/null
bin=$(swift build "${flags[@]}" --show-bin-path)
hello=$(swift build "${flags[@]}" --package-path "$out/hello" --scratch-path "$out/hello/.build" --show-bin-path)/hello
# The installed binary is stripped: measure the same.
strip -o "$out/mentor-coach" "$bin/mentor-coach"
strip -o "$out/hello-stripped" "$hello"
echo
"$bin/coach-bench" startup "$out/mentor-coach" "$out/hello-stripped"
echo
"$bin/coach-bench" engine "$PWD"
echo
"$bin/coach-bench" doctor "$out/mentor-coach" "$PWD"
echo
"$bin/coach-bench" review "$out/mentor-coach"
echo
./scripts/with-postgres.sh ./scripts/bench-programme.sh "$bin"
