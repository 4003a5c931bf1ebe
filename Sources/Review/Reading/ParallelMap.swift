import Dispatch
import Foundation

/// Maps items on every core, keeping their order; for reading many transcript files at once.
public enum ParallelMap {
  /// Applies `transform` to every item, spread over the machine's cores in chunks.
  public static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let box = Box<Result>(count: items.count)
    let chunks = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let lower = items.count * chunk / chunks
      let upper = items.count * (chunk + 1) / chunks
      let results = items[lower..<upper].map(transform)
      box.store(results, at: lower)
    }
    return box.results()
  }

  /// The results, filled in by chunk under a lock.
  private final class Box<Result: Sendable>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ results: [Result], at start: Int) {
      lock.lock()
      defer { lock.unlock() }
      for (offset, result) in results.enumerated() { slots[start + offset] = result }
    }

    func results() -> [Result] {
      lock.lock()
      defer { lock.unlock() }
      return slots.map { slot in
        guard let slot else { preconditionFailure("every chunk stores its results") }
        return slot
      }
    }
  }
}
