// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "VanBan",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "VanBan", targets: ["VanBan"]),
    .library(name: "PageImaging", targets: ["PageImaging"]),
    .library(name: "TesseractOCR", targets: ["TesseractOCR"]),
    .library(name: "DispatchOCR", targets: ["DispatchOCR"]),
    .library(name: "VietnameseText", targets: ["VietnameseText"]),
    .library(name: "DiacriticRestorer", targets: ["DiacriticRestorer"]),
    .library(name: "DispatchParser", targets: ["DispatchParser"]),
    .library(name: "SearchablePDF", targets: ["SearchablePDF"]),
    .executable(name: "vanban", targets: ["vanban"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // C libraries from Debian, imported through system-library shims.
    .systemLibrary(
      name: "CTesseract", pkgConfig: "tesseract",
      providers: [.apt(["libtesseract-dev", "tesseract-ocr-vie"])]),
    .systemLibrary(
      name: "CLeptonica", pkgConfig: "lept",
      providers: [.apt(["libleptonica-dev"])]),
    .systemLibrary(
      name: "CPoppler", pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev"])]),
    .systemLibrary(
      name: "CQPDF", pkgConfig: "libqpdf",
      providers: [.apt(["libqpdf-dev"])]),
    .systemLibrary(
      name: "CLittleCMS", pkgConfig: "lcms2",
      providers: [.apt(["liblcms2-dev"])]),

    // Images and PDFs to clean pages.
    .target(name: "PageImaging", dependencies: ["CLeptonica", "CPoppler"]),
    // Spares Tesseract's per-word PNG round trip (see Sources/CWordImages/word_images.c).
    .target(name: "CWordImages", dependencies: ["CLeptonica"]),
    // The Tesseract engine: words with boxes and confidences, layout zones.
    .target(
      name: "TesseractOCR",
      dependencies: ["PageImaging", "CTesseract", "CLeptonica", "CWordImages"]),

    // Pure-Swift text modules: they link no C library.
    .target(name: "VietnameseText"),

    // Searchable PDF/A-2b files: the page images as scanned, an invisible text layer, metadata.
    .target(
      name: "SearchablePDF", dependencies: ["PageImaging", "CLeptonica", "CQPDF", "CLittleCMS"]),

    // Second looks at what dispatches print: dates, the signer's name under the seal, stamps.
    .target(name: "DispatchOCR", dependencies: ["PageImaging", "TesseractOCR", "VietnameseText"]),
    .target(name: "DiacriticRestorer", dependencies: ["VietnameseText"]),
    .target(name: "DispatchParser", dependencies: ["VietnameseText"]),

    // The pipeline that joins them.
    .target(
      name: "VanBan",
      dependencies: [
        "PageImaging", "TesseractOCR", "DispatchOCR", "VietnameseText", "DiacriticRestorer",
        "DispatchParser", "SearchablePDF", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .executableTarget(
      name: "vanban",
      dependencies: [
        "VanBan", "PageImaging", "DiacriticRestorer", "DispatchParser",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    .target(name: "TestSupport", dependencies: ["VietnameseText"], path: "Tests/TestSupport"),
    .testTarget(
      name: "PageImagingTests", dependencies: ["PageImaging", "VietnameseText", "TestSupport"]),
    .target(
      name: "OCRTestSupport", dependencies: ["TesseractOCR", "PageImaging", "TestSupport"],
      path: "Tests/OCRTestSupport"),
    .testTarget(
      name: "TesseractOCRTests",
      dependencies: ["TesseractOCR", "VietnameseText", "TestSupport", "OCRTestSupport"]),
    .testTarget(
      name: "DispatchOCRTests",
      dependencies: [
        "DispatchOCR", "TesseractOCR", "PageImaging", "VietnameseText", "TestSupport",
        "OCRTestSupport",
      ]),
    .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText", "TestSupport"]),
    .testTarget(
      name: "DiacriticRestorerTests", dependencies: ["DiacriticRestorer", "TestSupport"]),
    .testTarget(name: "DispatchParserTests", dependencies: ["DispatchParser", "TestSupport"]),
    .testTarget(
      name: "SearchablePDFTests", dependencies: ["SearchablePDF", "PageImaging", "TestSupport"]),
    .testTarget(
      name: "VanBanTests",
      dependencies: [
        "VanBan", "TestSupport", "vanban", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]),
  ]
)
