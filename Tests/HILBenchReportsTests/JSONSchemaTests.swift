import Foundation
import HILBenchCore
import HILBenchReports
import Testing

/// `docs/report-json-schema.md` lists every field of `report.json`, and every field it calls required is written.
@Suite struct JSONSchemaTests {
    /// (path, type) of every documented field, from the tables' first two cells.
    static func documentedFields() throws -> [(path: String, type: String)] {
        let text = try String(contentsOfFile: repositoryRoot + "/docs/report-json-schema.md", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count > 3 else { return nil }
            return (cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")), cells[2])
        }
    }

    /// Every object key path in a decoded JSON value, with `[]` for array elements and placeholders for keys that are data.
    static func paths(of value: Any, prefix: String = "", into result: inout Set<String>) {
        if let object = value as? [String: Any] {
            let placeholder: String? =
                switch prefix {
                case "environment": "<target>"
                case _ where prefix.hasSuffix(".temperaturesC"): "<zone>"
                case _ where prefix.hasSuffix(".dimensions"): "<name>"
                default: nil
                }
            for (key, child) in object {
                let path = (prefix.isEmpty ? "" : prefix + ".") + (placeholder ?? key)
                result.insert(path)
                paths(of: child, prefix: path, into: &result)
            }
        } else if let array = value as? [Any] {
            for child in array { paths(of: child, prefix: prefix + "[]", into: &result) }
        }
    }

    @Test func everyFieldOfReportJSONIsDocumentedAndEveryRequiredOneIsWritten() throws {
        let fixture = LabFixture()
        let data = try HILBenchJSON.encoder(pretty: true).encode(fixture.report())
        var written = Set<String>()
        Self.paths(of: try JSONSerialization.jsonObject(with: data), into: &written)
        let documented = try Self.documentedFields().filter {
            !$0.path.hasPrefix("comparison.") && !$0.path.hasPrefix("matrices")
        }
        let documentedPaths = Set(documented.map(\.path))
        #expect(written.subtracting(documentedPaths).sorted() == [])
        let required = documented.filter { !$0.type.hasSuffix("?") }.map(\.path)
        #expect(Set(required).subtracting(written).sorted() == [])
        #expect(written.count > 80)
    }

    @Test func theSchemaVersionIsWrittenAndAVersion1FileStillDecodes() throws {
        let data = try HILBenchJSON.encoder().encode(LabFixture().report())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == RunReport.currentSchemaVersion)
        // A version 1 file: no schemaVersion, trends, notes or v2 row fields.
        let old = """
            {"controllerVersion":"0.1.0","environment":{},"rows":[{"chip":"x","energyFlags":[],"iterations":3,"key":{"batch":1,"model":"m","precision":"fp32","runtime":"reference","target":"b","threads":1},"p50Ms":1.5,"status":"ok"}],
             "runID":"r1","startedAt":1,"suite":"s","targets":[{"name":"b","soc":"x","transport":"local"}]}
            """
        let report = try HILBenchJSON.decoder().decode(RunReport.self, from: Data(old.utf8))
        #expect(report.schemaVersion == 1)
        #expect(report.rows.first?.p50Ms == 1.5)
        #expect(report.trends.isEmpty && report.rows.first?.latency == nil)
        // And the current file round-trips.
        let again = try HILBenchJSON.decoder().decode(RunReport.self, from: data)
        #expect(again.rows.count == 54 && again.trends.count == 2)
        #expect(again.rows.first?.latency == LabFixture().report().rows.first?.latency)
    }

    @Test func everyFieldOfTheComparisonJSONIsDocumented() throws {
        let json = ComparisonFixture.report().render(.json)
        var written = Set<String>()
        Self.paths(of: try JSONSerialization.jsonObject(with: Data(json.utf8)), into: &written)
        let documented = Set(try Self.documentedFields().map(\.path))
        let cellKeys: Set<String> = ["key", "ratio", "ciLow", "ciHigh", "pValue", "verdict", "significant"]
        for path in written {
            for parent in ["matrices[].cells[][]", "matrices[].geomean[]"] where path.hasPrefix(parent + ".") {
                #expect(cellKeys.contains(String(path.dropFirst(parent.count + 1))), "\(path)")
            }
        }
        let plain = written.filter { !$0.hasPrefix("matrices[].cells[][].") && !$0.hasPrefix("matrices[].geomean[].") }
        #expect(
            plain.subtracting(documented).subtracting([
                "schemaVersion", "comparison", "matrices", "comparison.rows", "comparison.rows[].dimensions",
                "comparison.projection", "matrices[].cells", "matrices[].geomean",
            ]).sorted() == [])
    }
}
