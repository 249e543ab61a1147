package org.kroniek.store.sql;

import java.nio.file.Path;
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
import java.util.StringJoiner;
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
import org.kroniek.store.DocumentStore;
import org.kroniek.store.JdbcDocumentStore;
import org.kroniek.store.DocumentToStore;
import org.kroniek.store.DuplicateCandidate;
import org.kroniek.store.IdentityLookup;
import org.kroniek.store.JdbcIdentityLookup;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.IngestCounts;
import org.kroniek.store.StoreException;
import org.kroniek.store.dedup.SignatureBytes;

/** The {@link DocumentStore} in one SQLite file. One writer connection; statements prepared once. */
public final class SqliteDocumentStore implements JdbcDocumentStore {
    private static final String DOCUMENT_COLUMNS = "seq, external_id, source, language, dct, dct_granularity, "
            + "title, byline, publisher, text, duplicate_of";

    private final Path database;
    private final Connection connection;
    private final boolean writable;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final ActorCounter actors;

    private SqliteDocumentStore(Path database, Connection connection, boolean writable) {
        this.database = database;
        this.connection = connection;
        this.writable = writable;
        this.actors = new ActorCounter(this::statement);
    }

    /** Opens (creating when absent) the database and brings its schema up to date. */
    public static SqliteDocumentStore openForWriting(Path database) {
        Connection connection = null;
        try {
            connection = SqliteConnections.openForWriting(database);
            new SchemaMigrator(Migrations.ALL).migrate(connection, database.toString());
            return new SqliteDocumentStore(database, connection, true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteConnections.failure("opening", database, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Opens an existing database read-only; its schema must be the one this kroniek writes. */
    public static SqliteDocumentStore openForReading(Path database) {
        Connection connection = null;
        try {
            connection = SqliteConnections.openForReading(database);
            int version = SchemaMigrator.currentVersion(connection);
            if (version != Migrations.latestVersion()) {
                throw new StoreException("the store at " + database.getParent() + " has schema version " + version
                        + " and this kroniek reads version " + Migrations.latestVersion()
                        + (version < Migrations.latestVersion() ? "; run 'kroniek ingest' once to upgrade it"
                        : "; use a newer kroniek"));
            }
            return new SqliteDocumentStore(database, connection, false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteConnections.failure("opening", database, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private PreparedStatement statement(String sql) {
        return statements.computeIfAbsent(sql, s -> {
            try {
                return connection.prepareStatement(s);
            } catch (SQLException e) {
                throw SqliteConnections.failure("preparing a statement", database, e);
            }
        });
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
            throw SqliteConnections.failure("reading", database, e);
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
            throw SqliteConnections.failure("looking up a document", database, e);
        }
    }

    @Override
    public Optional<DuplicateCandidate> findContent(String contentHash) {
        try {
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
            throw SqliteConnections.failure("looking up a document", database, e);
        }
    }

    @Override
    public List<DuplicateCandidate> findBuckets(long[] buckets) {
        if (buckets.length == 0) {
            return List.of();
        }
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < buckets.length; i++) {
            marks.add("?");
        }
        String sql = "SELECT d.seq, d.duplicate_of, s.signature FROM documents d "
                + "JOIN minhash_signatures s ON s.seq = d.seq "
                + "WHERE d.seq IN (SELECT DISTINCT seq FROM minhash_buckets WHERE bucket IN " + marks + ") "
                + "ORDER BY d.seq";
        try {
            PreparedStatement st = statement(sql);
            for (int i = 0; i < buckets.length; i++) {
                st.setLong(i + 1, buckets[i]);
            }
            List<DuplicateCandidate> candidates = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new DuplicateCandidate(rs.getLong(1), nullableLong(rs, 2),
                            SignatureBytes.decode(rs.getBytes(3))));
                }
            }
            return candidates;
        } catch (SQLException e) {
            throw SqliteConnections.failure("looking up near-duplicates", database, e);
        }
    }

    @Override
    public void insert(DocumentToStore stored) {
        requireWritable();
        try {
            insertDocument(stored);
            insertLayers(stored.sequence(), stored.layers() != null ? stored.layers()
                    : LayerCodec.encodeAll(stored.document()));
            insertFacts(stored.sequence(), stored.document());
            insertSignature(stored);
            if (stored.duplicateOf() == null) {
                actors.count(stored.document());
            }
        } catch (SQLException e) {
            throw SqliteConnections.failure("storing document " + stored.document().getId(), database, e);
        }
    }

    private void insertDocument(DocumentToStore stored) throws SQLException {
        Document doc = stored.document();
        PreparedStatement st = statement("INSERT INTO documents (seq, identity, content_hash, external_id, source, "
                + "language, dct, dct_granularity, dct_first_day, dct_last_day, title, byline, publisher, text, "
                + "metadata_json, duplicate_of, duplicate_similarity, ingested_at, run_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Optional<DctPeriod> period = DctPeriod.parse(doc.getDct());
        int i = 1;
        st.setLong(i++, stored.sequence());
        st.setString(i++, stored.identity());
        st.setString(i++, stored.contentHash());
        st.setString(i++, doc.getId());
        st.setString(i++, doc.getSource());
        st.setString(i++, doc.getLanguage());
        st.setString(i++, doc.getDct());
        st.setString(i++, doc.getDctGranularity().jsonName());
        st.setString(i++, period.map(p -> p.first().toString()).orElse(null));
        st.setString(i++, period.map(p -> p.last().toString()).orElse(null));
        st.setString(i++, doc.getTitle());
        st.setString(i++, doc.getByline());
        st.setString(i++, doc.getPublisher());
        st.setString(i++, doc.getText());
        st.setString(i++, doc.getMetadata().isEmpty() ? null : DocumentJson.toLine(doc.getMetadata()));
        setNullableLong(st, i++, stored.duplicateOf());
        if (stored.similarity() == null) {
            st.setNull(i++, Types.REAL);
        } else {
            st.setDouble(i++, stored.similarity());
        }
        st.setString(i++, stored.ingestedAt());
        st.setLong(i, stored.runId());
        st.executeUpdate();
    }

    private void insertLayers(long seq, Map<String, byte[]> layers) throws SQLException {
        PreparedStatement st = statement("INSERT INTO document_layers (seq, layer, data) VALUES (?, ?, ?)");
        for (Map.Entry<String, byte[]> layer : layers.entrySet()) {
            st.setLong(1, seq);
            st.setString(2, layer.getKey());
            st.setBytes(3, layer.getValue());
            st.addBatch();
        }
        st.executeBatch();
    }

    private void insertFacts(long seq, Document doc) throws SQLException {
        insertRows(seq, doc.getEntities(), "INSERT INTO entities (seq, idx, start_offset, end_offset, text, type, "
                + "canonical, actor_code, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (st, e) -> {
                    st.setInt(3, e.start());
                    st.setInt(4, e.end());
                    st.setString(5, e.text());
                    st.setString(6, e.type());
                    st.setString(7, e.canonical());
                    st.setString(8, e.actor());
                    st.setDouble(9, e.confidence());
                });
        insertRows(seq, doc.getMentions(), "INSERT INTO mentions (seq, idx, start_offset, end_offset, text, "
                + "canonical, actor_code, via, antecedent, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (st, m) -> {
                    st.setInt(3, m.start());
                    st.setInt(4, m.end());
                    st.setString(5, m.text());
                    st.setString(6, m.canonical());
                    st.setString(7, m.actor());
                    st.setString(8, m.via());
                    st.setInt(9, m.antecedent());
                    st.setDouble(10, m.confidence());
                });
        insertRows(seq, doc.getTimexes(), "INSERT INTO timexes (seq, idx, start_offset, end_offset, text, type, "
                + "value, timex_mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (st, t) -> {
                    st.setInt(3, t.start());
                    st.setInt(4, t.end());
                    st.setString(5, t.text());
                    st.setString(6, t.type());
                    st.setString(7, t.value());
                    st.setString(8, t.mod());
                });
        insertRows(seq, doc.getEvents(), "INSERT INTO events (seq, idx, trigger_start, trigger_end, trigger_text, "
                + "type, actor_code, target_code, location, event_date, mode, source, sentence, confidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (st, e) -> {
                    if (e.trigger() == null) {
                        st.setNull(3, Types.INTEGER);
                        st.setNull(4, Types.INTEGER);
                        st.setNull(5, Types.VARCHAR);
                    } else {
                        st.setInt(3, e.trigger().start());
                        st.setInt(4, e.trigger().end());
                        st.setString(5, e.trigger().text());
                    }
                    st.setString(6, e.type());
                    st.setString(7, e.actor());
                    st.setString(8, e.target());
                    st.setString(9, e.location());
                    st.setString(10, e.date());
                    st.setString(11, e.mode());
                    st.setString(12, e.source());
                    st.setInt(13, e.sentence());
                    st.setDouble(14, e.confidence());
                });
    }

    /** Sets a row's own columns from the third on; the first two are always the document's seq and the index. */
    private interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** One batch insert per layer: each row gets (seq, its index in the layer, its own columns). */
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
        PreparedStatement sig = statement("INSERT INTO minhash_signatures (seq, signature) VALUES (?, ?)");
        sig.setLong(1, stored.sequence());
        sig.setBytes(2, SignatureBytes.encode(stored.signature()));
        sig.executeUpdate();
        PreparedStatement bucket = statement("INSERT INTO minhash_buckets (bucket, seq) VALUES (?, ?)");
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
            throw SqliteConnections.failure("committing a batch", database, e);
        }
    }

    @Override
    public void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw SqliteConnections.failure("rolling back a batch", database, e);
        } finally {
            actors.forget();
        }
    }

    @Override
    public void forEachAfter(long sequence, Consumer<IndexedDocument> action) {
        // Read in pages so that neither a huge result set nor the action's own statements hold the cursor open.
        long after = sequence;
        while (true) {
            List<Object[]> page = new ArrayList<>();
            try {
                PreparedStatement st = statement("SELECT " + DOCUMENT_COLUMNS
                        + " FROM documents WHERE seq > ? ORDER BY seq LIMIT 500");
                st.setLong(1, after);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), nullableLong(rs, 11)});
                    }
                }
            } catch (SQLException e) {
                throw SqliteConnections.failure("reading documents", database, e);
            }
            if (page.isEmpty()) {
                return;
            }
            for (Object[] row : page) {
                long seq = (Long) row[0];
                action.accept(IndexedDocument.of(seq, rebuild(row), (Long) row[10]));
                after = seq;
            }
        }
    }

    /** The document as the index needs it: metadata, text and the layers index terms come from. */
    private Document rebuild(Object[] row) {
        long seq = (Long) row[0];
        Document doc = new Document((String) row[1], (String) row[9]);
        doc.setSource((String) row[2]);
        doc.setLanguage((String) row[3]);
        doc.setDct((String) row[4]);
        doc.setDctGranularity(DctGranularity.fromJson((String) row[5]));
        doc.setTitle((String) row[6]);
        doc.setByline((String) row[7]);
        doc.setPublisher((String) row[8]);
        Map<String, byte[]> layers = readLayers(seq);
        if (layers.containsKey("sentences")) {
            doc.setSentences(LayerCodec.decode(layers.get("sentences"), Sentence.class));
        }
        if (layers.containsKey("entities")) {
            doc.setEntities(LayerCodec.decode(layers.get("entities"), Entity.class));
        }
        if (layers.containsKey("mentions")) {
            doc.setMentions(LayerCodec.decode(layers.get("mentions"), Mention.class));
        }
        if (layers.containsKey("events")) {
            doc.setEvents(LayerCodec.decode(layers.get("events"), Event.class));
        }
        return doc;
    }

    private Map<String, byte[]> readLayers(long seq) {
        try {
            PreparedStatement st = statement("SELECT layer, data FROM document_layers WHERE seq = ? "
                    + "AND layer IN ('sentences', 'entities', 'mentions', 'events')");
            st.setLong(1, seq);
            Map<String, byte[]> layers = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    layers.put(rs.getString(1), rs.getBytes(2));
                }
            }
            return layers;
        } catch (SQLException e) {
            throw SqliteConnections.failure("reading layers", database, e);
        }
    }

    /** The whole stored document with every layer, as the pipeline produced it (exports, re-analysis). */
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
                row = new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10), nullableLong(rs, 11)};
                metadata = rs.getString(12);
            }
            Document doc = rebuild(row);
            PreparedStatement layers = statement("SELECT layer, data FROM document_layers WHERE seq = ? "
                    + "AND layer IN ('tokens', 'timexes')");
            layers.setLong(1, seq);
            try (ResultSet rs = layers.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("tokens")) {
                        doc.setTokens(LayerCodec.decode(rs.getBytes(2), Token.class));
                    } else {
                        doc.setTimexes(LayerCodec.decode(rs.getBytes(2), Timex.class));
                    }
                }
            }
            if (metadata != null) {
                doc.setMetadata(DocumentJson.fromJson("{\"text\":\"\",\"metadata\":" + metadata + "}").getMetadata());
            }
            return Optional.of(doc);
        } catch (SQLException e) {
            throw SqliteConnections.failure("reading document " + seq, database, e);
        }
    }

    @Override
    public Map<Long, Integer> duplicatesPerDocument(Collection<Long> sequences) {
        Map<Long, Integer> counts = new HashMap<>();
        try {
            PreparedStatement st = statement("SELECT count(*) FROM documents WHERE duplicate_of = ?");
            for (Long seq : sequences) {
                st.setLong(1, seq);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        counts.put(seq, rs.getInt(1));
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw SqliteConnections.failure("counting near-duplicates", database, e);
        }
    }

    @Override
    public long beginRun(String arguments) {
        requireWritable();
        try {
            PreparedStatement st = statement("INSERT INTO ingest_runs (run_id, started_at, arguments) "
                    + "VALUES ((SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs), ?, ?)");
            st.setString(1, Instant.now().toString());
            st.setString(2, arguments);
            st.executeUpdate();
            long runId = queryLong("SELECT max(run_id) FROM ingest_runs");
            connection.commit();
            return runId;
        } catch (SQLException e) {
            throw SqliteConnections.failure("recording the ingest run", database, e);
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
            throw SqliteConnections.failure("recording the ingest run", database, e);
        }
    }

    @Override
    public IdentityLookup openLookup() {
        try {
            return new JdbcIdentityLookup(SqliteConnections.openForReading(database),
                    (what, e) -> SqliteConnections.failure(what, database, e));
        } catch (SQLException e) {
            throw SqliteConnections.failure("opening a read connection", database, e);
        }
    }

    /** The JDBC connection, for the store-side queries, tests and tools that inspect the schema. */
    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.SQLITE;
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
        try {
            if (writable) {
                connection.rollback();
                try (Statement st = connection.createStatement()) {
                    // Fold the WAL back into the database so the directory can be copied as it is.
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
        } catch (SQLException e) {
            // The WAL stays and is replayed on the next open: nothing is lost.
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing more to do
            }
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void setNullableLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }
}
