import Testing

@testable import HILBenchNativeTools

@Suite("Numbers and units as the tools print them")
struct UnitConversionTests {
    @Test(
        "durations convert exactly to nanoseconds",
        arguments: [
            ("30.7003 ms", Int64(30_700_300)),
            ("0.0490112 ms", 49_011),  // 49 011.2 ns rounds down
            ("0.0517578 ms", 51_758),  // 51 757.8 ns rounds up
            ("0.00183404 s", 1_834_040),
            ("0.0559777 sec", 55_977_700),
            ("0.00584987 sec.", 5_849_870),
            ("9.933ms.", 9_933_000),
            ("2.95034e+06 us", 2_950_340_000),
            ("842.10 us", 842_100),
            ("842.10 µs", 842_100),  // micro sign U+00B5
            ("842.10 μs", 842_100),  // Greek mu U+03BC
            ("1e-05 ms", 10),
            (".5 ms", 500_000),
            ("0.0000005 ms", 1),  // half a nanosecond rounds away from zero
            ("120 ns", 120),
            ("0 ms", 0),
        ])
    func duration(text: String, nanoseconds: Int64) {
        #expect(scanDuration(text[...]) == .value(nanoseconds))
    }

    @Test("a number without a unit takes the tool's documented unit, else is invalid")
    func defaultUnit() {
        #expect(scanDuration("66767.6", defaultUnit: .microseconds) == .value(66_767_600))
        #expect(scanDuration("66767.6") == .invalid)
    }

    @Test("non-finite values are reported apart from invalid text", arguments: ["inf ms", "nan", "-nan ms", "inf"])
    func nonFinite(text: String) {
        #expect(scanDuration(text[...]) == .notFinite)
    }

    @Test(
        "garbage, unknown units and overflow are invalid",
        arguments: [
            "", "ms", "abc ms", "1.5 fortnights", "12 ms extra", "99999999999 s",
        ])
    func invalid(text: String) {
        #expect(scanDuration(text[...]) == .invalid)
    }

    @Test("MB figures are MiB (the tools divide kilobytes by 1024) and convert exactly to bytes")
    func mebibytes() throws {
        let number = try #require(DecimalNumber.parse("138.809"))
        #expect(number.scaled(multiplier: 1_048_576, powerOfTen: 0) == 145_551_786)
    }

    @Test("whole numbers and throughputs")
    func counts() {
        #expect(scanInteger("17436 iterations") == 17436)
        #expect(scanInteger("12abc") == nil)
        #expect(scanDouble("1161.75 FPS") == 1161.75)
        #expect(scanDouble("qps") == nil)
        #expect(DecimalNumber.parse("1000")?.integerValue == 1000)
        #expect(DecimalNumber.parse("1.0")?.integerValue == 1)
        #expect(DecimalNumber.parse("1.5")?.integerValue == nil)
    }
}
