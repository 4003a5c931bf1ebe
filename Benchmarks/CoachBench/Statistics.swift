import Foundation

/// Medians and percentiles of timings, and a monotonic clock.
enum Statistics {
  static func median(_ values: [Double]) -> Double { percentile(values, 50) }

  static func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded(.up))
    return sorted[min(rank, sorted.count - 1)]
  }

  /// Seconds on the monotonic clock.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  static func milliseconds(_ seconds: Double) -> String {
    String(format: "%.2f ms", seconds * 1000)
  }
  static func microseconds(_ seconds: Double) -> String { String(format: "%.1f µs", seconds * 1e6) }

  /// The peak resident memory of this process, in MiB.
  static func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }
}
