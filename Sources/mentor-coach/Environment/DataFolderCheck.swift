import Foundation
import Synchronization
import Transcript

/// The warning, once per run, when others can read or change the data folder or its
/// `sessions/` folder, which hold what people said.
enum DataFolderCheck {
  private static let warned = Mutex(false)

  /// Warns on standard error about the data folder and its sessions folder, the first time
  /// it is called in a run; the folders are used as they are.
  ///
  /// - Parameter home: The data folder.
  static func warnIfOpen(_ home: URL) {
    let first = warned.withLock { warned in
      defer { warned = true }
      return !warned
    }
    guard first else { return }
    for folder in [home, home.appendingPathComponent("sessions")] {
      guard let exposure = PrivateFile.exposure(of: folder) else { continue }
      let path = Sanitizer.forTerminal(folder.path)
      Console.error(
        "mentor-coach: warning: \(path) holds what people said, but \(exposure); 'chmod 700 \(path)' makes it private"
      )
    }
  }
}
