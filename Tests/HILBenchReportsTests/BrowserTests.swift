import Foundation
import HILBenchCore
import HILBenchReports
import Testing

/// The report as a person sees it: headless Chromium loads `report.html`, runs its script, and the test reads the
/// resulting DOM and the browser's console log.
@Suite(.serialized) struct BrowserTests {
    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].first { ToolRun.available($0) }

    /// Loads a file in headless Chromium; `extra` adds e.g. `--dump-dom` or `--screenshot=…`.
    static func load(_ extra: [String], file: String, profile: String) throws -> ToolRun {
        let arguments =
            [
                try #require(chromium), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions",
                "--user-data-dir=\(profile)", "--enable-logging=stderr", "--v=0",
            ] + extra + ["file://" + file]
        return try #require(ToolRun.run(arguments, timeout: 120))
    }

    /// Console lines (errors, CSP violations, uncaught exceptions) from Chromium's log.
    static func consoleLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter {
            $0.contains(":CONSOLE") || $0.contains("Uncaught") || $0.contains("Content Security Policy")
        }
    }

    @Test(
        .enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium)"), .timeLimit(.minutes(4)))
    func theRenderedPageHasRankingsSortableHeadersChartsAndNoErrors() throws {
        let directory = try temporaryDirectory("browser")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixture = LabFixture()
        try ReportWriter.write(fixture.report(), results: fixture.results, to: directory)
        let run = try Self.load(["--dump-dom"], file: directory + "/report.html", profile: directory + "/profile")
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        let dom = run.stdout
        #expect(Self.consoleLines(run.stderr) == [])
        // The script ran to the end and reported no error.
        #expect(dom.contains("data-js=\"ready\""))
        #expect(!dom.contains("data-js-error=\""))  // the attribute, not the script's own text
        #expect(dom.contains("<html lang=\"en\" class=\"js\">"))
        // Ranking tables, each header made sortable (focusable, aria-sort), the filter boxes shown.
        #expect(occurrences(of: "class=\"rank sortable\"", in: dom) == 2)
        let sortable = occurrences(of: " data-sort=\"", in: dom)
        #expect(sortable >= 2 * 19)
        #expect(occurrences(of: "aria-sort=\"none\"", in: dom) == sortable)
        #expect(occurrences(of: "tabindex=\"0\"", in: dom) == sortable)
        #expect(occurrences(of: "<label class=\"filter-box\">", in: dom) == 2)
        #expect(occurrences(of: "<input type=\"search\" class=\"filter\"", in: dom) == 2)
        // Charts with one data point per case, the Pareto staircase, the per-dollar view, the trends.
        #expect(occurrences(of: "<g class=\"bar\" data-case=", in: dom) == fixture.okCount)
        #expect(occurrences(of: "<polyline class=\"cdf ", in: dom) == fixture.okCount)
        #expect(occurrences(of: "<g class=\"pt\" data-case=", in: dom) == fixture.okCount)
        #expect(occurrences(of: "<path class=\"pareto\" data-front=", in: dom) == 2)
        #expect(occurrences(of: "data-metric=\"per-dollar\"", in: dom) == fixture.okCount)
        #expect(dom.contains("data-chart=\"efficiency\""))
        #expect(occurrences(of: "data-chart=\"trend\"", in: dom) == 2)
        #expect(occurrences(of: "<svg ", in: dom) == occurrences(of: "<desc id=", in: dom))
    }

    /// Sorting, exercised through the link form the script understands (`#sort=<table>:<column>:<asc|desc>`),
    /// which runs the same code as a click on the header.
    @Test(
        .enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium)"), .timeLimit(.minutes(4)))
    func aRankingTableSortsByPerDollarDescending() throws {
        let directory = try temporaryDirectory("browser-sort")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixture = LabFixture()
        let report = fixture.report()
        try ReportWriter.write(report, results: fixture.results, to: directory)
        let run = try Self.load(
            ["--dump-dom"], file: directory + "/report.html#sort=rank-m0:14:desc", profile: directory + "/profile")
        #expect(Self.consoleLines(run.stderr) == [])
        let dom = run.stdout
        let table = try #require(
            dom.components(separatedBy: "<table id=\"rank-m0\"").dropFirst().first?.components(separatedBy: "</table>")
                .first)
        #expect(table.contains("aria-sort=\"descending\">Inf/s per $</th>"))
        let order = table.components(separatedBy: "<tr class=\"").dropFirst().compactMap { row -> String? in
            row.components(separatedBy: "data-case=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
        }
        let mobilenet = report.rows.filter { $0.key.model == "mobilenet-v2" }
        let expected = mobilenet.filter { $0.inferencesPerSecondPerDollar != nil }.sorted {
            $0.inferencesPerSecondPerDollar! > $1.inferencesPerSecondPerDollar!
        }.map(\.key.id)
        #expect(order.count == mobilenet.count)
        #expect(Array(order.prefix(expected.count)) == expected)  // cases without a figure stay at the bottom
    }

    @Test(
        .enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium)"), .timeLimit(.minutes(4)))
    func theReportAndTheComparisonRenderToAScreenshot() throws {
        let directory = try temporaryDirectory("screenshot")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixture = LabFixture()
        try ReportWriter.write(fixture.report(), results: fixture.results, to: directory)
        try ComparisonFixture.report().render(.html).write(
            toFile: directory + "/compare.html", atomically: true, encoding: .utf8)
        for page in ["report", "compare"] {
            let png = directory + "/\(page).png"
            let run = try Self.load(
                ["--screenshot=\(png)", "--window-size=1400,2000", "--hide-scrollbars"],
                file: directory + "/\(page).html",
                profile: directory + "/profile-\(page)")
            #expect(run.status == 0, "\(run.stderr.suffix(2000))")
            #expect(Self.consoleLines(run.stderr) == [], "\(page)")
            let data = try Data(contentsOf: URL(fileURLWithPath: png))
            #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            #expect(data.count > 20_000)
        }
    }
}

@Suite struct ScaleTests {
    /// The year report stays far below 10 MB (the timing goal is checked in release by `hilbench-benchmarks`).
    @Test(.timeLimit(.minutes(3))) func aYearOfNightlyHistoryRendersToLessThanTenMegabytes() {
        let result = ReportBenchmarks.yearOfHistory()
        #expect(result.htmlBytes < 10_000_000)
        #expect(result.htmlBytes > 500_000)
    }
}
