// swift-tools-version: 6.2
import PackageDescription

// Applied to every Swift target (the swift-log / Hummingbird / swift-subprocess pattern).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "hilbench",
    platforms: [.macOS(.v15)],  // Linux is the real target; this only lets the manifest load on a Mac.
    products: [
        .executable(name: "hilbench", targets: ["hilbench"]),
        .executable(name: "hilbench-agent", targets: ["hilbench-agent"]),
        .executable(name: "hilbench-benchmarks", targets: ["hilbench-benchmarks"]),
        .executable(name: "hilbench-metersim", targets: ["hilbench-metersim"]),
        .library(name: "HILBenchTesting", targets: ["HILBenchTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        // MARK: - System: the one CLOCK_MONOTONIC reader and the one process spawner (below everything that touches the OS)
        .target(name: "HILBenchSystem", dependencies: ["CProcessGuard"], swiftSettings: swiftSettings),
        // The process guard (fork, then only async-signal-safe calls): the one C the project writes itself.
        .target(name: "CProcessGuard"),

        // MARK: - Core: domain values, protocols, errors, configuration (no networking, no database; SHA-256 from
        //         swift-crypto, which is BoringSSL on Linux)
        .target(
            name: "HILBenchCore",
            dependencies: [
                "HILBenchNativeTools", "HILBenchStats", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // MARK: - Pure computation
        .target(name: "HILBenchStats", swiftSettings: swiftSettings),
        .target(name: "HILBenchNativeTools", swiftSettings: swiftSettings),
        .target(name: "HILBenchReferenceModel", swiftSettings: swiftSettings),

        // MARK: - C system libraries: module.modulemap + shim.h only
        .systemLibrary(name: "CGPIOD", pkgConfig: "libgpiod", providers: [.apt(["libgpiod-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),

        // MARK: - Adapters, one kind of I/O each
        .target(name: "HILBenchGPIO", dependencies: ["CGPIOD", "HILBenchSystem"], swiftSettings: swiftSettings),
        .target(name: "HILBenchMeters", dependencies: ["HILBenchSystem"], swiftSettings: swiftSettings),
        // The instrument simulators (PPK2, SCPI, Otii, sysfs): tests, the virtual lab and `hilbench-metersim` use
        // them; the drivers a user runs do not ship them.
        .target(
            name: "HILBenchSimulators", dependencies: ["HILBenchSystem", "HILBenchMeters"], swiftSettings: swiftSettings
        ),
        .target(
            name: "HILBenchAgentKit",
            // HILBenchMeters: the board's own sensors (hwmon, RAPL) are sampled by the agent, on the board's clock.
            dependencies: ["HILBenchSystem", "HILBenchCore", "HILBenchStats", "HILBenchNativeTools", "HILBenchMeters"],
            resources: [.copy("Runners")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HILBenchAgentServer",
            dependencies: [
                "HILBenchSystem", "HILBenchCore", "HILBenchAgentKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HILBenchTransport",
            dependencies: ["HILBenchSystem", "HILBenchCore", "CCurl"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HILBenchStore",
            dependencies: [
                "HILBenchCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HILBenchReports", dependencies: ["HILBenchCore", "HILBenchStats", "HILBenchAnalysis"],
            swiftSettings: swiftSettings),
        // Pure judgement of results: compare runs, read history, decide a night, decide a purchase (no I/O).
        .target(
            name: "HILBenchAnalysis", dependencies: ["HILBenchCore", "HILBenchStats"], swiftSettings: swiftSettings),
        .target(
            name: "HILBenchController",
            dependencies: [
                "HILBenchSystem", "HILBenchCore", "HILBenchStats", "HILBenchAnalysis", "HILBenchMeters", "HILBenchGPIO",
                "HILBenchTransport",
                "HILBenchStore",
                "HILBenchReports", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - The agent's commands, shared by `hilbench-agent` and `hilbench agent` (local boards)
        .target(
            name: "HILBenchAgentCLI",
            dependencies: [
                "HILBenchSystem", "HILBenchCore", "HILBenchAgentKit", "HILBenchAgentServer", "HILBenchGPIO",
                "HILBenchReferenceModel", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Test helpers shipped as a library (built products, scratch folders, a seeded generator, A/A nights). The meter
        //         simulators are their own module, HILBenchSimulators.
        .target(
            name: "HILBenchTesting",
            dependencies: ["HILBenchCore", "HILBenchStats", "HILBenchStore", "HILBenchSystem"],
            swiftSettings: swiftSettings),

        // MARK: - Executables: parse arguments, build the object graph, call the libraries
        .executableTarget(
            name: "hilbench",
            dependencies: [
                "HILBenchCore", "HILBenchController", "HILBenchGPIO", "HILBenchStore", "HILBenchReports",
                "HILBenchStats", "HILBenchTransport", "HILBenchAnalysis", "HILBenchAgentCLI", "HILBenchSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "hilbench-agent",
            dependencies: [
                "HILBenchCore", "HILBenchAgentCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "hilbench-metersim",
            dependencies: [
                "HILBenchMeters", "HILBenchSimulators",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "hilbench-benchmarks",
            dependencies: [
                "HILBenchSystem", "HILBenchCore", "HILBenchMeters", "HILBenchStats", "HILBenchAgentKit",
                "HILBenchReports", "HILBenchController", "HILBenchStore",
                "HILBenchTransport", "HILBenchTesting", "HILBenchAnalysis",
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Tests (Swift Testing)
        .testTarget(
            name: "HILBenchCoreTests", dependencies: ["HILBenchCore", "HILBenchTesting"], swiftSettings: swiftSettings),
        .testTarget(
            name: "HILBenchStatsTests", dependencies: ["HILBenchStats"], resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "HILBenchNativeToolsTests", dependencies: ["HILBenchNativeTools"], resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "HILBenchMetersTests",
            dependencies: ["HILBenchMeters", "HILBenchSimulators", "HILBenchGPIO", "HILBenchTesting"],
            exclude: ["Clients"], swiftSettings: swiftSettings
        ),
        .testTarget(name: "HILBenchGPIOTests", dependencies: ["HILBenchGPIO"], swiftSettings: swiftSettings),
        .testTarget(
            name: "HILBenchAgentTests",
            dependencies: [
                "HILBenchSystem", "HILBenchAgentKit", "HILBenchNativeTools", "HILBenchReferenceModel", "hilbench-agent",
                "HILBenchTesting",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HILBenchTransportTests",
            dependencies: [
                "HILBenchSystem", "HILBenchTransport", "HILBenchAgentServer", "HILBenchAgentKit", "HILBenchCore",
                "HILBenchTesting", "HILBenchController", "HILBenchMeters", "HILBenchSimulators",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HILBenchAnalysisTests", dependencies: ["HILBenchAnalysis", "HILBenchStats"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "HILBenchStoreTests",
            dependencies: [
                "HILBenchStore", "HILBenchAnalysis", "HILBenchTesting", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HILBenchReportsTests", dependencies: ["HILBenchReports", "HILBenchAnalysis", "HILBenchTesting"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "HILBenchControllerTests",
            dependencies: [
                "HILBenchController", "HILBenchCore", "HILBenchStore", "HILBenchTransport", "HILBenchTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HILBenchCLITests",
            dependencies: [
                "hilbench", "hilbench-agent", "hilbench-metersim", "HILBenchController", "HILBenchAnalysis",
                "HILBenchTesting", "HILBenchStore", "HILBenchMeters", "HILBenchSimulators", "HILBenchTransport",
                "HILBenchGPIO", "HILBenchSystem",
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
