import Foundation

/// A JSON Schema validator for the subset our schemas use: `type`, `properties`, `required`,
/// `additionalProperties`, `items`, `enum`, `anyOf` and `$ref` to `#/definitions/NAME`.
///
/// Values are what Yams loads from YAML: strings, integers, doubles, booleans, arrays and
/// mappings. Each problem is returned as `path: what`, so a failure names the place.
struct SchemaSubset {
  let root: [String: Any]

  init(json: Data) throws {
    guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
      throw CocoaError(.coderReadCorrupt)
    }
    root = object
  }

  /// The definition a `$ref` names.
  func definition(_ name: String) -> [String: Any]? {
    (root["definitions"] as? [String: Any])?[name] as? [String: Any]
  }

  /// Every problem of `value` against the root schema.
  func problems(_ value: Any) -> [String] { problems(value, root, at: "$") }

  func problems(_ value: Any, _ schema: [String: Any], at path: String) -> [String] {
    if let reference = schema["$ref"] as? String {
      let name = String(reference.dropFirst("#/definitions/".count))
      guard let target = definition(name) else { return ["\(path): no definition '\(name)'"] }
      return problems(value, target, at: path)
    }
    if let options = schema["anyOf"] as? [[String: Any]] {
      let results = options.map { problems(value, $0, at: path) }
      if results.contains(where: \.isEmpty) { return [] }
      return [
        "\(path): matches none of its \(options.count) forms: "
          + results.map { $0.joined(separator: "; ") }.joined(separator: " | ")
      ]
    }
    if let allowed = schema["enum"] as? [String] {
      guard let text = value as? String, allowed.contains(text) else {
        return ["\(path): '\(value)' is not one of \(allowed.joined(separator: ", "))"]
      }
      return []
    }
    if let type = schema["type"] {
      let types = (type as? [String]) ?? [(type as? String) ?? ""]
      guard types.contains(where: { Self.value(value, is: $0) }) else {
        return ["\(path): expected \(types.joined(separator: " or ")), found '\(value)'"]
      }
    }
    var found: [String] = []
    if let object = Self.mapping(value) {
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for name in schema["required"] as? [String] ?? [] where object[name] == nil {
        found.append("\(path): missing '\(name)'")
      }
      for (key, item) in object.sorted(by: { $0.key < $1.key }) {
        if let property = properties[key] as? [String: Any] {
          found += problems(item, property, at: "\(path).\(key)")
        } else if let extra = schema["additionalProperties"] as? [String: Any] {
          found += problems(item, extra, at: "\(path).\(key)")
        } else if schema["additionalProperties"] as? Bool == false {
          found.append("\(path): unknown key '\(key)'")
        }
      }
    }
    if let items = value as? [Any], let schema = schema["items"] as? [String: Any] {
      for (index, item) in items.enumerated() {
        found += problems(item, schema, at: "\(path)[\(index)]")
      }
    }
    return found
  }

  static func mapping(_ value: Any) -> [String: Any]? {
    if let object = value as? [String: Any] { return object }
    guard let object = value as? [AnyHashable: Any] else { return nil }
    return Dictionary(
      object.map { ("\($0.key)", $0.value) }, uniquingKeysWith: { first, _ in first })
  }

  static func value(_ value: Any, is type: String) -> Bool {
    switch type {
    case "object": mapping(value) != nil
    case "array": value is [Any]
    case "string": value is String
    case "boolean": value is Bool
    case "integer": value is Int && !(value is Bool)
    case "number": (value is Int || value is Double) && !(value is Bool)
    default: false
    }
  }
}
