package org.kroniek.store.sql;

import java.util.List;

/**
 * The store schema, as ordered migrations. Never edit a released migration: add the next one. Plain SQL
 * (types INTEGER, TEXT, REAL, BLOB) so that the same tables can be created on PostgreSQL.
 */
public final class Migrations {
    private Migrations() {
    }

    public static final List<Migration> ALL = List.of(
            new Migration(1, "documents, layers, actors, events, near-duplicates, stories, runs", List.of(
                    """
                    CREATE TABLE ingest_runs (
                      run_id INTEGER PRIMARY KEY,
                      started_at TEXT NOT NULL,
                      finished_at TEXT,
                      arguments TEXT,
                      new_documents INTEGER,
                      duplicates INTEGER,
                      unchanged INTEGER,
                      failed INTEGER)""",
                    // seq is the store's own number, ascending in ingest order; the Lucene index records the
                    // highest seq it holds, which is how the two are reconciled after a crash.
                    """
                    CREATE TABLE documents (
                      seq INTEGER PRIMARY KEY,
                      identity TEXT NOT NULL UNIQUE,
                      content_hash TEXT NOT NULL,
                      external_id TEXT,
                      source TEXT,
                      language TEXT,
                      dct TEXT,
                      dct_granularity TEXT NOT NULL,
                      dct_first_day TEXT,
                      dct_last_day TEXT,
                      title TEXT,
                      byline TEXT,
                      publisher TEXT,
                      text TEXT NOT NULL,
                      metadata_json TEXT,
                      duplicate_of INTEGER REFERENCES documents(seq),
                      duplicate_similarity REAL,
                      ingested_at TEXT NOT NULL,
                      run_id INTEGER REFERENCES ingest_runs(run_id))""",
                    "CREATE INDEX documents_content_hash ON documents(content_hash)",
                    "CREATE INDEX documents_dct ON documents(dct_first_day)",
                    "CREATE INDEX documents_duplicate_of ON documents(duplicate_of)",
                    // Every layer as (deflated) JSON: exactly what the pipeline produced, whatever fields later
                    // stages add; the tables below project the fields that queries need.
                    """
                    CREATE TABLE document_layers (
                      seq INTEGER NOT NULL REFERENCES documents(seq),
                      layer TEXT NOT NULL,
                      data BLOB NOT NULL,
                      PRIMARY KEY (seq, layer))""",
                    """
                    CREATE TABLE entities (
                      seq INTEGER NOT NULL REFERENCES documents(seq),
                      idx INTEGER NOT NULL,
                      start_offset INTEGER NOT NULL,
                      end_offset INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      type TEXT,
                      canonical TEXT,
                      actor_code TEXT,
                      confidence REAL,
                      PRIMARY KEY (seq, idx))""",
                    "CREATE INDEX entities_canonical ON entities(canonical)",
                    "CREATE INDEX entities_actor_code ON entities(actor_code)",
                    """
                    CREATE TABLE mentions (
                      seq INTEGER NOT NULL REFERENCES documents(seq),
                      idx INTEGER NOT NULL,
                      start_offset INTEGER NOT NULL,
                      end_offset INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      canonical TEXT,
                      actor_code TEXT,
                      via TEXT,
                      antecedent INTEGER,
                      confidence REAL,
                      PRIMARY KEY (seq, idx))""",
                    "CREATE INDEX mentions_actor_code ON mentions(actor_code)",
                    """
                    CREATE TABLE timexes (
                      seq INTEGER NOT NULL REFERENCES documents(seq),
                      idx INTEGER NOT NULL,
                      start_offset INTEGER NOT NULL,
                      end_offset INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      type TEXT,
                      value TEXT,
                      timex_mod TEXT,
                      PRIMARY KEY (seq, idx))""",
                    // Event mentions; coref_id will join the mentions of one real-world event across documents.
                    """
                    CREATE TABLE events (
                      seq INTEGER NOT NULL REFERENCES documents(seq),
                      idx INTEGER NOT NULL,
                      trigger_start INTEGER,
                      trigger_end INTEGER,
                      trigger_text TEXT,
                      type TEXT,
                      actor_code TEXT,
                      target_code TEXT,
                      location TEXT,
                      event_date TEXT,
                      mode TEXT,
                      source TEXT,
                      sentence INTEGER,
                      confidence REAL,
                      coref_id INTEGER,
                      PRIMARY KEY (seq, idx))""",
                    "CREATE INDEX events_type ON events(type)",
                    "CREATE INDEX events_date ON events(event_date)",
                    "CREATE INDEX events_actor_code ON events(actor_code)",
                    "CREATE INDEX events_coref ON events(coref_id)",
                    """
                    CREATE TABLE actors (
                      actor_id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL,
                      code TEXT NOT NULL,
                      kind TEXT,
                      UNIQUE (name, code))""",
                    "CREATE INDEX actors_code ON actors(code)",
                    // Mentions of each actor per day (or month/year for documents dated that coarsely), counted over
                    // first copies only, so a republished agency text does not count twice.
                    """
                    CREATE TABLE actor_days (
                      actor_id INTEGER NOT NULL REFERENCES actors(actor_id),
                      day TEXT NOT NULL,
                      documents INTEGER NOT NULL,
                      mentions INTEGER NOT NULL,
                      PRIMARY KEY (actor_id, day))""",
                    """
                    CREATE TABLE minhash_signatures (
                      seq INTEGER PRIMARY KEY REFERENCES documents(seq),
                      signature BLOB NOT NULL)""",
                    """
                    CREATE TABLE minhash_buckets (
                      bucket INTEGER NOT NULL,
                      seq INTEGER NOT NULL REFERENCES documents(seq))""",
                    "CREATE INDEX minhash_buckets_bucket ON minhash_buckets(bucket)",
                    """
                    CREATE TABLE stories (
                      story_id INTEGER PRIMARY KEY,
                      label TEXT,
                      first_day TEXT,
                      last_day TEXT,
                      updated_at TEXT)""",
                    """
                    CREATE TABLE story_members (
                      story_id INTEGER NOT NULL REFERENCES stories(story_id),
                      seq INTEGER NOT NULL REFERENCES documents(seq),
                      score REAL,
                      PRIMARY KEY (story_id, seq))""",
                    "CREATE INDEX story_members_seq ON story_members(seq)")),
            // Cross-document linking: what a story shows (its most central headline, size, main actors, top terms)
            // and how far linking got, so that it resumes after a crash exactly where the database says.
            new Migration(2, "stories: title, size, actors, terms; linking progress", List.of(
                    "ALTER TABLE stories ADD COLUMN title TEXT",
                    "ALTER TABLE stories ADD COLUMN documents INTEGER",
                    "ALTER TABLE stories ADD COLUMN actors_json TEXT",
                    "ALTER TABLE stories ADD COLUMN terms TEXT",
                    "CREATE INDEX stories_last_day ON stories(last_day)",
                    """
                    CREATE TABLE linking_progress (
                      task TEXT PRIMARY KEY,
                      last_seq INTEGER NOT NULL)""")),
            // Story linking keeps only open stories in memory: a closed one is written here and read back when a
            // near-duplicate of one of its articles arrives. Derived state, rebuilt whenever the clusterer is.
            new Migration(3, "closed stories and event groups out of the linker's memory", List.of(
                    """
                    CREATE TABLE story_archive (
                      story_id INTEGER PRIMARY KEY,
                      state BLOB NOT NULL)""",
                    // Event groups out of the linker's memory, by type + participant and month or story; see
                    // EventGroupIndex. Also derived state.
                    """
                    CREATE TABLE event_group_index (
                      key TEXT NOT NULL,
                      month INTEGER,
                      story INTEGER,
                      dated INTEGER NOT NULL,
                      coref_id INTEGER NOT NULL)""",
                    "CREATE INDEX event_group_index_month ON event_group_index(key, month)",
                    "CREATE INDEX event_group_index_story ON event_group_index(story, key)",
                    "CREATE INDEX event_group_index_coref ON event_group_index(coref_id)")));

    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }
}
