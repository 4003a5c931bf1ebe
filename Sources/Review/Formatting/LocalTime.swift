import Foundation

/// Formats instants as local wall-clock time, `2026-11-25 14:03`, in a given time zone, so
/// that renderers stay deterministic under test.
struct LocalTime {
  private let calendar: Calendar

  init(timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    self.calendar = calendar
  }

  /// `2026-11-25 14:03`.
  func minutes(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func pad(_ value: Int?, _ width: Int) -> String {
      let digits = String(value ?? 0)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2)) "
      + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2))"
  }
}
