import DiacriticRestorer
import Foundation
import Testing

@testable import TestSupport

/// The restorer's model is found where an installed `vanban` expects it, and nowhere else.
@Suite("Installed model files")
struct ModelInstallTests {
  /// A prefix with `bin/vanban` (a copy of the built executable) and, optionally,
  /// `share/vanban/Dictionaries`, as `Scripts/install.sh PREFIX` lays them out.
  private func installedPrefix(withDictionaries: Bool) throws -> URL {
    let prefix = TemporaryFolder.root
      .appendingPathComponent("vanban-install-\(UUID().uuidString)")
    let bin = prefix.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CommandRunner.productsDirectory.appendingPathComponent("vanban"),
      to: bin.appendingPathComponent("vanban"))
    if withDictionaries {
      let share = prefix.appendingPathComponent("share/vanban")
      try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
      // A link keeps the test from copying 36 MB; the lookup goes through it like a folder.
      try FileManager.default.createSymbolicLink(
        at: share.appendingPathComponent("Dictionaries"),
        withDestinationURL: RepositoryPaths.dictionaries)
    }
    return prefix
  }

  @Test("An installed vanban restores with share/vanban/Dictionaries, away from the checkout")
  func installedLayoutIsFound() throws {
    let prefix = try installedPrefix(withDictionaries: true)
    defer { try? FileManager.default.removeItem(at: prefix) }
    let output = try CommandRunner.vanban(
      ["restore"], input: Data("Ke hoach so 30/KH-UBND ngay 28/7/2025\n".utf8),
      executable: prefix.appendingPathComponent("bin/vanban"),
      environment: ["VANBAN_DICTIONARIES": nil])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout == "Kế hoạch số 30/KH-UBND ngày 28/7/2025\n")
  }

  @Test("Without share/vanban/Dictionaries a copied vanban fails, naming where it looked")
  func noSilentFallbackToTheCheckout() throws {
    let prefix = try installedPrefix(withDictionaries: false)
    defer { try? FileManager.default.removeItem(at: prefix) }
    let output = try CommandRunner.vanban(
      ["restore"], input: Data("Ke hoach\n".utf8),
      executable: prefix.appendingPathComponent("bin/vanban"),
      environment: ["VANBAN_DICTIONARIES": nil])
    #expect(output.status != 0)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("no restorer model found"))
    #expect(output.stderr.contains(prefix.appendingPathComponent("share/vanban/Dictionaries").path))
    #expect(!output.stderr.contains(RepositoryPaths.dictionaries.path))
  }

  @Test("A VANBAN_DICTIONARIES that holds no model is an error, not a reason to look elsewhere")
  func wrongVariableIsAnError() throws {
    let output = try CommandRunner.vanban(
      ["restore"], input: Data("Ke hoach\n".utf8),
      environment: ["VANBAN_DICTIONARIES": "/nonexistent/Dictionaries"])
    #expect(output.status != 0)
    #expect(output.stderr.contains("VANBAN_DICTIONARIES=/nonexistent/Dictionaries holds no"))
  }

  @Test("The lookup order: the variable, then share/vanban beside bin/, then the build checkout")
  func lookupOrder() throws {
    let checkoutBuild = RepositoryPaths.root
      .appendingPathComponent(".build/x86_64-unknown-linux-gnu/release/vanban")
    #expect(
      try ModelLocation.bundledDirectory(environment: [:], executable: checkoutBuild).path
        == RepositoryPaths.dictionaries.path)
    let elsewhere = URL(fileURLWithPath: "/nonexistent/prefix/bin/vanban")
    #expect(
      throws: RestorerError.dictionariesNotFound(searched: [
        "/nonexistent/prefix/share/vanban/Dictionaries"
      ])
    ) {
      try ModelLocation.bundledDirectory(environment: [:], executable: elsewhere)
    }
    let chosen = try ModelLocation.bundledDirectory(
      environment: ["VANBAN_DICTIONARIES": RepositoryPaths.dictionaries.path], executable: elsewhere
    )
    #expect(chosen.path == RepositoryPaths.dictionaries.path)
  }
}
