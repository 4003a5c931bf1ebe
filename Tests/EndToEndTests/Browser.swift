import Foundation
import Testing

/// Headless Chromium and poppler's PDF tools, run as programs, for the tests that look at
/// what `review` writes as a browser shows and prints it.
///
/// `make test` installs both (`chromium` and `poppler-utils` in `TEST_PACKAGES`); where
/// they are missing or Chromium cannot start, the browser tests are skipped with ``skipped``.
enum Browser {
  /// The browser's program: the first of `chromium`, `chromium-browser`, `google-chrome` on
  /// the `PATH`.
  static let executable: String? = ["chromium", "chromium-browser", "google-chrome"]
    .lazy.compactMap(find).first

  /// The window the screenshots are taken in.
  static let windowSize = (width: 1000, height: 1400)

  /// Whether Chromium starts here and the PDF tools are installed.
  static let isAvailable: Bool = {
    guard executable != nil, find("pdftotext") != nil, find("pdfinfo") != nil,
      find("pdftoppm") != nil
    else { return false }
    return (try? chromium(["--version"]))?.contains("Chrom") == true
  }()

  /// Why the browser tests did not run.
  static let skipped: Comment =
    "skipped: headless Chromium or poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed or does not start here; `make test` installs both"

  /// The DOM Chromium builds from `page`, serialised (`--dump-dom`).
  static func dom(of page: URL) throws -> String {
    try chromium(["--dump-dom", page.absoluteString])
  }

  /// `page` printed to PDF on Chromium's default paper, without header and footer.
  static func pdf(of page: URL) throws -> URL {
    let out = page.deletingPathExtension().appendingPathExtension("pdf")
    _ = try chromium(["--no-pdf-header-footer", "--print-to-pdf=\(out.path)", page.absoluteString])
    return out
  }

  /// A screenshot of `page` in a ``windowSize`` window, as PNG bytes.
  static func screenshot(of page: URL, in folder: URL) throws -> Data {
    let out = folder.appendingPathComponent(page.lastPathComponent + ".png")
    _ = try chromium([
      "--window-size=\(windowSize.width),\(windowSize.height)", "--hide-scrollbars",
      "--screenshot=\(out.path)", page.absoluteString,
    ])
    return try Data(contentsOf: out)
  }

  /// The width and height in a PNG's header.
  static func pngSize(_ png: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](png.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    else { return nil }
    func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (word(16), word(20))
  }

  /// How far down page `page` of `pdf` the lowest dark pixel lies, as a share of the page's
  /// height (from a grey rendering by `pdftoppm`).
  static func inkedHeight(ofPage page: Int, in pdf: URL) throws -> Double {
    let prefix = pdf.deletingPathExtension().path + "-page"
    _ = try run(
      "pdftoppm", ["-gray", "-r", "30", "-f", "\(page)", "-l", "\(page)", pdf.path, prefix])
    let folder = pdf.deletingLastPathComponent()
    let name = try #require(
      FileManager.default.contentsOfDirectory(atPath: folder.path).first {
        $0.hasPrefix(URL(fileURLWithPath: prefix).lastPathComponent) && $0.hasSuffix(".pgm")
      })
    let image = try Data(contentsOf: folder.appendingPathComponent(name))
    // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
    var fields: [Int] = []
    var index = 2
    while fields.count < 3 {
      while image[index] == 0x20 || image[index] == 0x0A { index += 1 }
      var value = 0
      while image[index] >= 0x30 && image[index] <= 0x39 {
        value = value * 10 + Int(image[index] - 0x30)
        index += 1
      }
      fields.append(value)
    }
    let (width, height) = (fields[0], fields[1])
    let pixels = image.suffix(width * height)
    var lowest = 0
    for row in 0..<height {
      let start = pixels.startIndex + row * width
      if pixels[start..<start + width].contains(where: { $0 < 160 }) { lowest = row }
    }
    return Double(lowest + 1) / Double(height)
  }

  /// The markup from the tag that holds `marker` to the first `end` after it, or nil.
  static func element(in dom: String, from marker: String, to end: String) -> String? {
    guard let found = dom.range(of: marker),
      let close = dom.range(of: end, range: found.upperBound..<dom.endIndex)
    else { return nil }
    let start = dom[..<found.lowerBound].lastIndex(of: "<") ?? found.lowerBound
    return String(dom[start..<close.upperBound])
  }

  /// The numbers written along a chart's axis (its centred labels), in order.
  static func axisTicks(in chart: String) -> [Int] {
    chart.components(separatedBy: "text-anchor=\"middle\">").dropFirst().compactMap {
      Int($0.prefix { $0.isNumber })
    }
  }

  /// Runs Chromium headless with `arguments` and returns its standard output.
  static func chromium(_ arguments: [String]) throws -> String {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mentor-coach-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    return try run(
      executable ?? "chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=\(profile.path)",
      ] + arguments)
  }

  /// Runs `program` (a path, or a name looked up on the `PATH`) and returns its standard
  /// output; throws when it fails.
  static func run(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(
      fileURLWithPath: program.contains("/") ? program : find(program) ?? program)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw BrowserError(program: program, status: process.terminationStatus)
    }
    return String(decoding: data, as: UTF8.self)
  }

  private static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}

/// A program the browser tests run failed.
struct BrowserError: Error, CustomStringConvertible {
  var program: String
  var status: Int32
  var description: String { "\(program) exited with status \(status)" }
}
