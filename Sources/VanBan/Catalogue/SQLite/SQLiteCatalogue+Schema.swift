import GRDB

extension SQLiteCatalogue {
  /// The schema versions this build knows, oldest first: migration `vN` is version N.
  static let migrations = ["v1"]

  /// The tables. Text columns suffixed `_folded` hold ``Swift/String/vietnameseFolded`` copies,
  /// because SQLite cannot fold Vietnamese by itself; the full-text index holds folded text only.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            size INTEGER NOT NULL,
            format TEXT,
            status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
            failure_kind TEXT,
            error TEXT,
            page_count INTEGER NOT NULL DEFAULT 0,
            seconds REAL,
            processed_at TEXT NOT NULL,
            text TEXT,
            raw_text TEXT,
            type_code TEXT,
            type_name TEXT,
            number TEXT,
            symbol TEXT,
            date TEXT,
            year INTEGER,
            place TEXT,
            issuer TEXT,
            issuer_folded TEXT,
            issuer_parent TEXT,
            subject TEXT,
            signer_authority TEXT,
            signer_on_behalf_of TEXT,
            signer_title TEXT,
            signer_name TEXT,
            record_json TEXT,
            mean_confidence REAL
          );
          CREATE INDEX documents_status ON documents(status);
          CREATE INDEX documents_source ON documents(source);
          CREATE TABLE sources (
            path TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            size INTEGER NOT NULL,
            modified REAL NOT NULL
          );
          CREATE INDEX sources_document ON sources(document_id);
          CREATE TABLE pages (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            word_count INTEGER NOT NULL,
            mean_confidence REAL NOT NULL,
            min_confidence REAL NOT NULL,
            low_confidence_words INTEGER NOT NULL,
            PRIMARY KEY (document_id, number)
          );
          CREATE TABLE document_references (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT,
            type_code TEXT,
            number TEXT,
            symbol TEXT,
            date TEXT,
            issuer TEXT,
            subject TEXT,
            PRIMARY KEY (document_id, position)
          );
          CREATE VIRTUAL TABLE documents_fts USING fts5(symbol, fields, body, tokenize = 'unicode61');
          CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            DELETE FROM documents_fts WHERE rowid = old.id;
          END;
          CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            documents INTEGER NOT NULL DEFAULT 0,
            pages INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            interrupted INTEGER NOT NULL DEFAULT 0
          );
          """)
    }
    return migrator
  }
}
