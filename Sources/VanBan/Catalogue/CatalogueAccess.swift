/// What a command may do with a catalogue it opens.
public enum CatalogueAccess: Sendable, Hashable {
  /// Read and write: a missing catalogue is created, an older schema migrated (`vanban batch`,
  /// the target of `vanban copy`).
  case readWrite
  /// Read only: the catalogue must exist and nothing is written to it, not even a migration, so a
  /// catalogue on read-only media, or a PostgreSQL standby, can be searched (`vanban search`,
  /// `vanban report`, the source of `vanban copy`).
  case readOnly
}
