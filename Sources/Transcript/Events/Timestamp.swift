import Foundation

/// Formats and parses the `t` field: ISO-8601 in UTC with milliseconds, for example
/// `2026-11-25T14:03:07.123Z`.
///
/// Pure arithmetic on the proleptic Gregorian calendar, so the output never depends on the
/// locale or the time zone of the machine.
enum Timestamp {
  /// Rounds a date to the nearest millisecond, which is all a transcript keeps.
  static func truncatedToMilliseconds(_ date: Date) -> Date {
    Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
  }

  /// `2026-11-25T14:03:07.123Z`.
  static func format(_ date: Date) -> String {
    let ms = milliseconds(date)
    let (seconds, millis) = floorDivide(ms, 1000)
    let c = civil(seconds)
    return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2) + "T" + pad(c.hour, 2)
      + ":" + pad(c.minute, 2) + ":" + pad(c.second, 2) + "." + pad(Int(millis), 3) + "Z"
  }

  /// `20261125-140307`, the start of a session file name.
  static func compact(_ date: Date) -> String {
    let (seconds, _) = floorDivide(milliseconds(date), 1000)
    let c = civil(seconds)
    return pad(c.year, 4) + pad(c.month, 2) + pad(c.day, 2) + "-" + pad(c.hour, 2)
      + pad(c.minute, 2) + pad(c.second, 2)
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z`; returns nil for anything else.
  static func parse(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
    func number(_ start: Int, _ length: Int) -> Int? {
      var value = 0
      for byte in bytes[start..<start + length] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    let separators: [(Int, Character)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":")]
    for (index, character) in separators where bytes[index] != character.asciiValue {
      return nil
    }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    var millis = 0
    if bytes.count > 20 {
      let digits = bytes.count - 21
      guard bytes[19] == UInt8(ascii: "."), (1...9).contains(digits),
        let fraction = number(20, digits)
      else { return nil }
      millis = digits >= 3 ? fraction / power(10, digits - 3) : fraction * power(10, 3 - digits)
    } else if bytes.count != 20 {
      return nil
    }
    let days = daysFromCivil(year: year, month: month, day: day)
    let total = ((days * 24 + hour) * 60 + minute) * 60 + second
    return Date(timeIntervalSince1970: Double(Int64(total) * 1000 + Int64(millis)) / 1000)
  }

  private static func milliseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded())
  }

  private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    let remainder = ((a % b) + b) % b
    return ((a - remainder) / b, remainder)
  }

  private static func power(_ base: Int, _ exponent: Int) -> Int {
    (0..<exponent).reduce(1) { result, _ in result * base }
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  private struct Civil {
    var year, month, day, hour, minute, second: Int
  }

  private static func civil(_ secondsSince1970: Int64) -> Civil {
    let (days, secondOfDay) = floorDivide(secondsSince1970, 86_400)
    let (year, month, day) = civilFromDays(Int(days))
    let seconds = Int(secondOfDay)
    return Civil(
      year: year, month: month, day: day, hour: seconds / 3600, minute: seconds / 60 % 60,
      second: seconds % 60)
  }

  // Howard Hinnant's days_from_civil and civil_from_days.
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
