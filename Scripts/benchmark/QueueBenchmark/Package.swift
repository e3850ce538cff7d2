// swift-tools-version:6.1
// The queue benchmark: many claimers on one PostgreSQL queue, light documents (text through the
// restorer and the parser). Its own package, as benchmarks are (see Scripts/benchmark/queue.sh).
import PackageDescription

let package = Package(
  name: "QueueBenchmark",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "VanBan", path: "../../.."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    .executableTarget(
      name: "queue-benchmark",
      dependencies: [
        .product(name: "VanBan", package: "VanBan"),
        .product(name: "DiacriticRestorer", package: "VanBan"),
        .product(name: "DispatchParser", package: "VanBan"),
        .product(name: "TesseractOCR", package: "VanBan"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources")
  ]
)
