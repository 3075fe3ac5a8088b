import HILBenchNativeTools
import Testing

/// What a tool did not print stays nil: never zero, never derived from other figures.
@Suite("Absent figures stay absent")
struct AbsentFiguresTests {
    @Test("a trtexec summary without its header has no version, model, device, counts or init time")
    func trtexecSummaryOnly() throws {
        let report = try #require(try TrtexecParser().parse(try Fixture.text("trtexec-10-summary-only.txt")).first)
        #expect(report.toolVersion == nil && report.model == nil && report.device == nil)
        #expect(report.threads == nil && report.precision == nil && report.batch == nil)
        #expect(report.iterations == nil && report.warmupIterations == nil)
        #expect(report.initTimeNanoseconds == nil && report.firstInferenceNanoseconds == nil)
        #expect(report.peakMemoryBytes == nil && report.iterationLatenciesNanoseconds == nil)
        #expect(report.latency.standardDeviationNanoseconds == nil)
    }

    @Test("benchncnn prints no percentiles, throughput, warm-up count or memory")
    func benchncnn() throws {
        for report in try BenchncnnParser().parse(try Fixture.text("benchncnn-2021-rpi3.txt")) {
            #expect(report.latency.medianNanoseconds == nil && report.latency.p99Nanoseconds == nil)
            #expect(
                report.throughputPerSecond == nil && report.warmupIterations == nil && report.peakMemoryBytes == nil)
        }
    }

    @Test("onnxruntime_perf_test without -s has a mean but no min, max or percentiles")
    func onnxRuntimeWithoutStatistics() throws {
        let report = try #require(
            try OnnxRuntimePerfTestParser().parse(try Fixture.text("onnxruntime_perf_test-1.3-acl.txt")).first)
        #expect(report.latency == NativeLatencySummary(meanNanoseconds: 144_871_000))
        #expect(report.throughputPerSecond == nil)  // 1.3 did not print it; it is not computed from the mean
    }

    @Test("a figure the tool printed as zero stays zero")
    func printedZero() throws {
        let report = try #require(try TrtexecParser().parse(try Fixture.text("trtexec-7-host-latency.txt")).first)
        #expect(report.throughputPerSecond == 0)  // TensorRT 7 printed `throughput: 0 qps`
    }
}
