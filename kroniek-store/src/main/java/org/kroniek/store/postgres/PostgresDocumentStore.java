package org.kroniek.store.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Mention;
import org.kroniek.core.Sentence;
import org.kroniek.core.Timex;
import org.kroniek.core.Token;
import org.kroniek.store.DctPeriod;
import org.kroniek.store.DocumentToStore;
import org.kroniek.store.DuplicateCandidate;
import org.kroniek.store.IdentityLookup;
import org.kroniek.store.JdbcIdentityLookup;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.IngestCounts;
import org.kroniek.store.JdbcDocumentStore;
import org.kroniek.store.StoreException;
import org.kroniek.store.dedup.SignatureBytes;
import org.kroniek.store.sql.ActorCounter;
import org.kroniek.store.sql.LayerCodec;
import org.kroniek.store.sql.SchemaMigrator;
import org.kroniek.store.sql.SqlDialect;

/**
 * The {@link org.kroniek.store.DocumentStore} in a PostgreSQL database: the same tables as the embedded store,
 * written with {@code ON CONFLICT} upserts so that storing a document identity again changes nothing, and
 * several writers (processes, Flink sink subtasks) may share one database; see {@link AdvisoryLocks} for what is
 * serialised between them. The database is also the search index ({@code search_vector}, {@link PostgresSearchIndex}).
 */
public final class PostgresDocumentStore implements JdbcDocumentStore {
    private static final String DOCUMENT_COLUMNS = "seq, external_id, source, language, dct, dct_granularity, "
            + "title, byline, publisher, text, duplicate_of";
    /** tsvector holds at most 1 MB; the first 500,000 characters of a text are what is searchable. */
    static final int SEARCHABLE_CHARACTERS = 500_000;

    private final PostgresUrl url;
    private final Connection connection;
    private final boolean writable;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final ActorCounter actors;
    private boolean batchLocked;

    private PostgresDocumentStore(PostgresUrl url, Connection connection, boolean writable) {
        this.url = url;
        this.connection = connection;
        this.writable = writable;
        this.actors = new ActorCounter(this::statement);
    }

    /** Connects and brings the schema up to date (one writer at a time migrates; the others wait for it). */
    public static PostgresDocumentStore openForWriting(PostgresUrl url) {
        Connection connection = PostgresConnections.open(url, true);
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + AdvisoryLocks.MIGRATION + ")");
            }
            try {
                new SchemaMigrator(PostgresMigrations.ALL).migrate(connection, url.display());
            } finally {
                try (Statement st = connection.createStatement()) {
                    st.execute("SELECT pg_advisory_unlock(" + AdvisoryLocks.MIGRATION + ")");
                }
                connection.commit();
            }
            return new PostgresDocumentStore(url, connection, true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw PostgresConnections.failure("preparing", url, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Connects read-only; the schema must be the one this kroniek writes. */
    public static PostgresDocumentStore openForReading(PostgresUrl url) {
        Connection connection = PostgresConnections.open(url, false);
        try {
            int version = SchemaMigrator.currentVersion(connection);
            if (version == 0) {
                throw new StoreException("no kroniek store in " + url.display() + "; create one with 'kroniek ingest"
                        + " --store " + url.display() + " PATH...'");
            }
            if (version != PostgresMigrations.latestVersion()) {
                throw new StoreException("the store " + url.display() + " has schema version " + version
                        + " and this kroniek reads version " + PostgresMigrations.latestVersion()
                        + (version < PostgresMigrations.latestVersion() ? "; run 'kroniek ingest' once to upgrade it"
                        : "; use a newer kroniek"));
            }
            return new PostgresDocumentStore(url, connection, false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw PostgresConnections.failure("reading", url, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    PostgresUrl url() {
        return url;
    }

    private PreparedStatement statement(String sql) {
        return statements.computeIfAbsent(sql, s -> {
            try {
                return connection.prepareStatement(s);
            } catch (SQLException e) {
                throw PostgresConnections.failure("preparing a statement on", url, e);
            }
        });
    }

    /** Takes the write lock for the open transaction (once per batch): see {@link AdvisoryLocks#WRITE}. */
    private void lockBatch() throws SQLException {
        if (!batchLocked) {
            try (ResultSet rs = statement("SELECT pg_advisory_xact_lock(" + AdvisoryLocks.WRITE + ")").executeQuery()) {
                rs.next();
            }
            batchLocked = true;
        }
    }

    @Override
    public long lastSequence() {
        return queryLong("SELECT coalesce(max(seq), 0) FROM documents");
    }

    @Override
    public long count() {
        return queryLong("SELECT count(*) FROM documents");
    }

    @Override
    public long duplicateCount() {
        return queryLong("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL");
    }

    private long queryLong(String sql) {
        try (ResultSet rs = statement(sql).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw PostgresConnections.failure("reading", url, e);
        }
    }

    @Override
    public long allocateSequence(long previous) {
        requireWritable();
        try {
            lockBatch();
            return queryLong("SELECT nextval('document_seq')");
        } catch (SQLException e) {
            throw PostgresConnections.failure("numbering a document in", url, e);
        }
    }

    @Override
    public Optional<Long> findIdentity(String identity) {
        try {
            PreparedStatement st = statement("SELECT seq FROM documents WHERE identity = ?");
            st.setString(1, identity);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw PostgresConnections.failure("looking up a document in", url, e);
        }
    }

    @Override
    public Optional<DuplicateCandidate> findContent(String contentHash) {
        try {
            if (writable) {
                lockBatch();
            }
            PreparedStatement st = statement(
                    "SELECT seq, duplicate_of FROM documents WHERE content_hash = ? ORDER BY seq LIMIT 1");
            st.setString(1, contentHash);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DuplicateCandidate(rs.getLong(1), nullableLong(rs, 2), null));
            }
        } catch (SQLException e) {
            throw PostgresConnections.failure("looking up a document in", url, e);
        }
    }

    @Override
    public List<DuplicateCandidate> findBuckets(long[] buckets) {
        if (buckets.length == 0) {
            return List.of();
        }
        try {
            if (writable) {
                lockBatch();
            }
            PreparedStatement st = statement("SELECT d.seq, d.duplicate_of, s.signature FROM documents d "
                    + "JOIN minhash_signatures s ON s.seq = d.seq "
                    + "WHERE d.seq IN (SELECT seq FROM minhash_buckets WHERE bucket = ANY (?)) ORDER BY d.seq");
            Long[] keys = new Long[buckets.length];
            for (int i = 0; i < buckets.length; i++) {
                keys[i] = buckets[i];
            }
            st.setArray(1, connection.createArrayOf("bigint", keys));
            List<DuplicateCandidate> candidates = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new DuplicateCandidate(rs.getLong(1), nullableLong(rs, 2),
                            SignatureBytes.decode(rs.getBytes(3))));
                }
            }
            return candidates;
        } catch (SQLException e) {
            throw PostgresConnections.failure("looking up near-duplicates in", url, e);
        }
    }

    @Override
    public void insert(DocumentToStore stored) {
        requireWritable();
        try {
            lockBatch();
            if (!insertDocument(stored)) {
                // Another writer stored this identity first (committed while we analysed): nothing to add.
                return;
            }
            insertLayers(stored.sequence(), stored.layers() != null ? stored.layers()
                    : LayerCodec.encodeAll(stored.document()));
            insertFacts(stored.sequence(), stored.document());
            insertSignature(stored);
            if (stored.duplicateOf() == null) {
                actors.count(stored.document());
            }
        } catch (SQLException e) {
            throw PostgresConnections.failure("storing document " + stored.document().getId() + " in", url, e);
        }
    }

    private boolean insertDocument(DocumentToStore stored) throws SQLException {
        Document doc = stored.document();
        PreparedStatement st = statement("INSERT INTO documents (seq, identity, content_hash, external_id, source, "
                + "language, dct, dct_granularity, dct_first_day, dct_last_day, title, byline, publisher, text, "
                + "metadata_json, duplicate_of, duplicate_similarity, ingested_at, run_id, first_sentence, "
                + "search_config, search_vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?::regconfig, setweight(to_tsvector(?::regconfig, ?), 'A') || "
                + "setweight(to_tsvector(?::regconfig, ?), 'B') || setweight(array_to_tsvector(?), 'D')) "
                + "ON CONFLICT (identity) DO NOTHING");
        Optional<DctPeriod> period = DctPeriod.parse(doc.getDct());
        IndexedDocument indexed = IndexedDocument.of(stored.sequence(), doc, stored.duplicateOf());
        String config = SearchConfigs.of(doc.getLanguage());
        int i = 1;
        st.setLong(i++, stored.sequence());
        setText(st, i++, stored.identity());
        setText(st, i++, stored.contentHash());
        setText(st, i++, doc.getId());
        setText(st, i++, doc.getSource());
        setText(st, i++, doc.getLanguage());
        setText(st, i++, doc.getDct());
        setText(st, i++, doc.getDctGranularity().jsonName());
        setText(st, i++, period.map(p -> p.first().toString()).orElse(null));
        setText(st, i++, period.map(p -> p.last().toString()).orElse(null));
        setText(st, i++, doc.getTitle());
        setText(st, i++, doc.getByline());
        setText(st, i++, doc.getPublisher());
        setText(st, i++, doc.getText());
        setText(st, i++, doc.getMetadata().isEmpty() ? null : DocumentJson.toLine(doc.getMetadata()));
        setNullableLong(st, i++, stored.duplicateOf());
        if (stored.similarity() == null) {
            st.setNull(i++, Types.DOUBLE);
        } else {
            st.setDouble(i++, stored.similarity());
        }
        setText(st, i++, stored.ingestedAt());
        st.setLong(i++, stored.runId());
        setText(st, i++, indexed.firstSentence());
        setText(st, i++, config);
        setText(st, i++, config);
        setText(st, i++, doc.getTitle() == null ? "" : doc.getTitle());
        setText(st, i++, config);
        String text = doc.getText();
        setText(st, i++, text.length() <= SEARCHABLE_CHARACTERS ? text : text.substring(0, SEARCHABLE_CHARACTERS));
        Array keywords = connection.createArrayOf("text", SearchConfigs.keywords(indexed).toArray());
        st.setArray(i, keywords);
        return st.executeUpdate() == 1;
    }

    private void insertLayers(long seq, Map<String, byte[]> layers) throws SQLException {
        if (layers.isEmpty()) {
            return;
        }
        PreparedStatement st = statement("INSERT INTO document_layers (seq, layer, data) VALUES (?, ?, ?) "
                + "ON CONFLICT (seq, layer) DO NOTHING");
        for (Map.Entry<String, byte[]> layer : layers.entrySet()) {
            st.setLong(1, seq);
            setText(st, 2, layer.getKey());
            st.setBytes(3, layer.getValue());
            st.addBatch();
        }
        st.executeBatch();
    }

    private void insertFacts(long seq, Document doc) throws SQLException {
        insertRows(seq, doc.getEntities(), "INSERT INTO entities (seq, idx, start_offset, end_offset, text, type, "
                + "canonical, actor_code, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (st, e) -> {
                    st.setInt(3, e.start());
                    st.setInt(4, e.end());
                    setText(st, 5, e.text());
                    setText(st, 6, e.type());
                    setText(st, 7, e.canonical());
                    setText(st, 8, e.actor());
                    st.setDouble(9, e.confidence());
                });
        insertRows(seq, doc.getMentions(), "INSERT INTO mentions (seq, idx, start_offset, end_offset, text, "
                + "canonical, actor_code, via, antecedent, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", (st, m) -> {
                    st.setInt(3, m.start());
                    st.setInt(4, m.end());
                    setText(st, 5, m.text());
                    setText(st, 6, m.canonical());
                    setText(st, 7, m.actor());
                    setText(st, 8, m.via());
                    st.setInt(9, m.antecedent());
                    st.setDouble(10, m.confidence());
                });
        insertRows(seq, doc.getTimexes(), "INSERT INTO timexes (seq, idx, start_offset, end_offset, text, type, "
                + "value, timex_mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", (st, t) -> {
                    st.setInt(3, t.start());
                    st.setInt(4, t.end());
                    setText(st, 5, t.text());
                    setText(st, 6, t.type());
                    setText(st, 7, t.value());
                    setText(st, 8, t.mod());
                });
        insertRows(seq, doc.getEvents(), "INSERT INTO events (seq, idx, trigger_start, trigger_end, trigger_text, "
                + "type, actor_code, target_code, location, event_date, mode, source, sentence, confidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", (st, e) -> {
                    if (e.trigger() == null) {
                        st.setNull(3, Types.INTEGER);
                        st.setNull(4, Types.INTEGER);
                        st.setNull(5, Types.VARCHAR);
                    } else {
                        st.setInt(3, e.trigger().start());
                        st.setInt(4, e.trigger().end());
                        setText(st, 5, e.trigger().text());
                    }
                    setText(st, 6, e.type());
                    setText(st, 7, e.actor());
                    setText(st, 8, e.target());
                    setText(st, 9, e.location());
                    setText(st, 10, e.date());
                    setText(st, 11, e.mode());
                    setText(st, 12, e.source());
                    st.setInt(13, e.sentence());
                    st.setDouble(14, e.confidence());
                });
    }

    /** Sets a row's own columns from the third on; the first two are always the document's seq and the index. */
    private interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private <T> void insertRows(long seq, List<T> rows, String sql, RowBinder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement st = statement(sql);
        int idx = 0;
        for (T row : rows) {
            st.setLong(1, seq);
            st.setInt(2, idx++);
            binder.bind(st, row);
            st.addBatch();
        }
        st.executeBatch();
    }

    private void insertSignature(DocumentToStore stored) throws SQLException {
        if (stored.signature() == null) {
            return;
        }
        PreparedStatement sig = statement("INSERT INTO minhash_signatures (seq, signature) VALUES (?, ?) "
                + "ON CONFLICT (seq) DO NOTHING");
        sig.setLong(1, stored.sequence());
        sig.setBytes(2, SignatureBytes.encode(stored.signature()));
        sig.executeUpdate();
        PreparedStatement bucket = statement("INSERT INTO minhash_buckets (bucket, seq) VALUES (?, ?) "
                + "ON CONFLICT (bucket, seq) DO NOTHING");
        for (long key : stored.buckets()) {
            bucket.setLong(1, key);
            bucket.setLong(2, stored.sequence());
            bucket.addBatch();
        }
        bucket.executeBatch();
    }

    @Override
    public void commit() {
        requireWritable();
        try {
            connection.commit();
        } catch (SQLException e) {
            throw PostgresConnections.failure("committing a batch to", url, e);
        } finally {
            batchLocked = false;
        }
    }

    @Override
    public void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw PostgresConnections.failure("rolling back a batch in", url, e);
        } finally {
            batchLocked = false;
            actors.forget();
        }
    }

    @Override
    public void forEachAfter(long sequence, Consumer<IndexedDocument> action) {
        long after = sequence;
        while (true) {
            List<Object[]> page = new ArrayList<>();
            try {
                PreparedStatement st = statement("SELECT " + DOCUMENT_COLUMNS
                        + " FROM documents WHERE seq > ? ORDER BY seq LIMIT 500");
                st.setLong(1, after);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        page.add(row(rs));
                    }
                }
            } catch (SQLException e) {
                throw PostgresConnections.failure("reading documents from", url, e);
            }
            if (page.isEmpty()) {
                return;
            }
            for (Object[] row : page) {
                long seq = (Long) row[0];
                action.accept(IndexedDocument.of(seq, rebuild(row, readLayers(seq, false)), (Long) row[10]));
                after = seq;
            }
        }
    }

    private static Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), nullableLong(rs, 11)};
    }

    /** The document from its row and the given stored layers. */
    private static Document rebuild(Object[] row, Map<String, byte[]> layers) {
        Document doc = new Document((String) row[1], (String) row[9]);
        doc.setSource((String) row[2]);
        doc.setLanguage((String) row[3]);
        doc.setDct((String) row[4]);
        doc.setDctGranularity(DctGranularity.fromJson((String) row[5]));
        doc.setTitle((String) row[6]);
        doc.setByline((String) row[7]);
        doc.setPublisher((String) row[8]);
        if (layers.containsKey("sentences")) {
            doc.setSentences(LayerCodec.decode(layers.get("sentences"), Sentence.class));
        }
        if (layers.containsKey("tokens")) {
            doc.setTokens(LayerCodec.decode(layers.get("tokens"), Token.class));
        }
        if (layers.containsKey("entities")) {
            doc.setEntities(LayerCodec.decode(layers.get("entities"), Entity.class));
        }
        if (layers.containsKey("mentions")) {
            doc.setMentions(LayerCodec.decode(layers.get("mentions"), Mention.class));
        }
        if (layers.containsKey("timexes")) {
            doc.setTimexes(LayerCodec.decode(layers.get("timexes"), Timex.class));
        }
        if (layers.containsKey("events")) {
            doc.setEvents(LayerCodec.decode(layers.get("events"), Event.class));
        }
        return doc;
    }

    private Map<String, byte[]> readLayers(long seq, boolean all) {
        try {
            PreparedStatement st = statement("SELECT layer, data FROM document_layers WHERE seq = ?"
                    + (all ? "" : " AND layer IN ('sentences', 'entities', 'mentions', 'events')"));
            st.setLong(1, seq);
            Map<String, byte[]> layers = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    layers.put(rs.getString(1), rs.getBytes(2));
                }
            }
            return layers;
        } catch (SQLException e) {
            throw PostgresConnections.failure("reading layers from", url, e);
        }
    }

    @Override
    public Optional<Document> load(long seq) {
        try {
            PreparedStatement st = statement("SELECT " + DOCUMENT_COLUMNS + ", metadata_json FROM documents WHERE seq = ?");
            st.setLong(1, seq);
            Object[] row;
            String metadata;
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                row = row(rs);
                metadata = rs.getString(12);
            }
            Document doc = rebuild(row, readLayers(seq, true));
            if (metadata != null) {
                doc.setMetadata(DocumentJson.fromJson("{\"text\":\"\",\"metadata\":" + metadata + "}").getMetadata());
            }
            return Optional.of(doc);
        } catch (SQLException e) {
            throw PostgresConnections.failure("reading document " + seq + " from", url, e);
        }
    }

    @Override
    public Map<Long, Integer> duplicatesPerDocument(Collection<Long> sequences) {
        Map<Long, Integer> counts = new HashMap<>();
        if (sequences.isEmpty()) {
            return counts;
        }
        try {
            PreparedStatement st = statement("SELECT duplicate_of, count(*) FROM documents "
                    + "WHERE duplicate_of = ANY (?) GROUP BY duplicate_of");
            st.setArray(1, connection.createArrayOf("bigint", sequences.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw PostgresConnections.failure("counting near-duplicates in", url, e);
        }
    }

    @Override
    public long beginRun(String arguments) {
        requireWritable();
        try {
            PreparedStatement st = statement("INSERT INTO ingest_runs (started_at, arguments) VALUES (?, ?) "
                    + "RETURNING run_id");
            st.setString(1, Instant.now().toString());
            st.setString(2, arguments);
            long runId;
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                runId = rs.getLong(1);
            }
            connection.commit();
            return runId;
        } catch (SQLException e) {
            throw PostgresConnections.failure("recording the ingest run in", url, e);
        }
    }

    @Override
    public void finishRun(long runId, IngestCounts counts) {
        requireWritable();
        try {
            PreparedStatement st = statement("UPDATE ingest_runs SET finished_at = ?, new_documents = ?, "
                    + "duplicates = ?, unchanged = ?, failed = ? WHERE run_id = ?");
            st.setString(1, Instant.now().toString());
            st.setLong(2, counts.newDocuments());
            st.setLong(3, counts.duplicates());
            st.setLong(4, counts.unchanged());
            st.setLong(5, counts.failed());
            st.setLong(6, runId);
            st.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw PostgresConnections.failure("recording the ingest run in", url, e);
        }
    }

    @Override
    public IdentityLookup openLookup() {
        return new JdbcIdentityLookup(PostgresConnections.open(url, false),
                (what, e) -> PostgresConnections.failure(what + " in", url, e));
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    private void requireWritable() {
        if (!writable) {
            throw new IllegalStateException("store opened read-only");
        }
    }

    @Override
    public void close() {
        for (PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        statements.clear();
        if (writable) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                // the server rolls back an open transaction when the connection goes anyway
            }
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to do
        }
    }

    /**
     * PostgreSQL text cannot hold U+0000 (SQLite can): it becomes a space, which keeps every offset into the text
     * valid; the identity was computed from the text as read.
     */
    private static void setText(PreparedStatement st, int index, String value) throws SQLException {
        st.setString(index, value == null || value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', ' '));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void setNullableLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }
}
