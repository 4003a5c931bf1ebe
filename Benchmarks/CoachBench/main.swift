import Foundation

// coach-bench: the measurements behind `make bench`. Each figure is a median over repeated
// runs in one go, reported beside a baseline measured in the same run.
//
//   coach-bench startup MENTOR_COACH HELLO   start to first question, against a hello world
//   coach-bench engine REPO                  engine time per answer, load-and-validate time
//   coach-bench doctor MENTOR_COACH REPO     the scan-mode fixture over 15 lines, against
//                                            $ELIZA_PEER when set
//   coach-bench review MENTOR_COACH          review list, search and report over 10,000 sessions

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "startup":
  let rest = Array(arguments.dropFirst())
  guard rest.count == 2 else { fatalError("usage: coach-bench startup MENTOR_COACH HELLO") }
  StartupBench(binary: rest[0], hello: rest[1]).run()
case "engine":
  guard let repo = arguments.dropFirst().first else { fatalError("usage: coach-bench engine REPO") }
  EngineBench(repo: URL(fileURLWithPath: repo)).run()
case "doctor":
  let rest = Array(arguments.dropFirst())
  guard rest.count == 2 else { fatalError("usage: coach-bench doctor MENTOR_COACH REPO") }
  DoctorBench(binary: rest[0], repo: URL(fileURLWithPath: rest[1])).run()
case "review": ReviewBench(arguments: Array(arguments.dropFirst())).run()
default:
  print(
    "usage: coach-bench startup MENTOR_COACH HELLO | engine REPO | doctor MENTOR_COACH REPO | review MENTOR_COACH"
  )
  exit(2)
}
