package org.kroniek.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.StoreException;
import org.kroniek.store.postgres.AdvisoryLocks;
import org.kroniek.store.sql.SqlDialect;

/**
 * Assigns stored documents to stories, after the documents are committed (like the search index, linking can
 * only lag behind the database). The clusterer's state is rebuilt on open by replaying the stored assignments in
 * sequence order; {@code linking_progress} records the last document linked, in the same transaction as its
 * assignment, so an interrupted run resumes exactly there and a rerun changes nothing. Event coreference runs in
 * the same pass.
 *
 * <p>On PostgreSQL several writers may share the store, but the clusterer lives in one writer's memory: only the
 * writer holding the session advisory lock {@link AdvisoryLocks#LINKER} links (it links everyone's documents, in
 * sequence order); the others skip linking until they get the lock, and replay the stored assignments when they do.
 */
public final class StoryLinker {
    static final String TASK = "stories";

    private final Connection connection;
    private final StoredItems items;
    private final StorySettings settings;
    private final StoredStoryArchive archive;
    private final boolean shared;
    private StoryClusterer clusterer;
    private EventCoreference events;
    private long linkedThrough;
    private boolean leading;
    /** Items the writer built on analysis threads for documents not yet linked, by sequence number. */
    private final Map<Long, PreparedStoryItem> prepared = new HashMap<>();
    /** seq -> seq of the document whose story it joins (itself: starts one), chosen upstream; see {@link #follow}. */
    private final Map<Long, Long> chosenFounders = new java.util.HashMap<>();

    private StoryLinker(Connection connection, StorySettings settings) {
        this.connection = connection;
        this.settings = settings;
        this.items = new StoredItems(connection);
        this.archive = new StoredStoryArchive(connection);
        this.clusterer = new StoryClusterer(settings, archive);
        this.events = new EventCoreference(connection);
        this.shared = SqlDialect.of(connection) == SqlDialect.POSTGRESQL;
    }

    /**
     * Opens a linker on the writer's connection (auto-commit off) and replays what is already linked (on a shared
     * PostgreSQL store: once this writer becomes the linking one).
     */
    public static StoryLinker open(Connection connection, StorySettings settings) {
        StoryLinker linker = new StoryLinker(connection, settings);
        if (!linker.shared) {
            try {
                linker.restore();
            } catch (SQLException | StoreException e) {
                throw new StoreException("cannot restore the story clusters: " + reason(e), e);
            }
            linker.leading = true;
        }
        return linker;
    }

    /** Whether this writer links: always for the embedded store; on PostgreSQL when it holds the linker lock. */
    private boolean lead() throws SQLException {
        if (leading) {
            return true;
        }
        boolean acquired;
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(" + AdvisoryLocks.LINKER + ")");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            acquired = rs.getBoolean(1);
        }
        if (!acquired) {
            connection.commit();
            return false;
        }
        // Another writer may have linked up to now: start from what the database holds.
        clusterer = new StoryClusterer(settings, archive);
        events = new EventCoreference(connection);
        restore();
        leading = true;
        return true;
    }

    private void restore() throws SQLException {
        // The archive is derived from the memberships replayed here: start it afresh.
        archive.clear();
        linkedThrough = progress();
        try (StoryStatements sql = new StoryStatements(connection)) {
            for (StoredItems.Row row : items.read(0, linkedThrough)) {
                Long story = sql.storyOf(row.item().id());
                if (story != null) {
                    clusterer.join(row.item(), story);
                }
            }
        }
        events.restore();
        // Commit the rebuilt archive now: were it rolled back later, the archive would hold the stories as an
        // earlier run left them while the clusterer counts on the replayed ones.
        connection.commit();
    }

    /**
     * Offers the item of a document just stored under {@code sequence} (built from the document on an analysis
     * thread), so that linking need not rebuild it from the database. Null is allowed: then it does.
     */
    public void offer(long sequence, PreparedStoryItem item) {
        if (item != null) {
            prepared.put(sequence, item);
        }
    }

    /** Forgets offered items (their batch was rolled back: the sequence numbers will be given again). */
    public void forgetOffers() {
        prepared.clear();
    }

    /** Links every document stored after the last linked one; returns how many. Commits. */
    public int linkNew() {
        try {
            if (!lead()) {
                prepared.clear();
                return 0;
            }
            long last = lastSequence();
            if (last <= linkedThrough) {
                return 0;
            }
            List<StoredItems.Row> rows = items.read(linkedThrough, last, prepared);
            prepared.keySet().removeIf(seq -> seq <= last);
            // A story's row (title, terms, actors) is written once per pass, after its last change: choosing the
            // title and top terms costs far more than a document's membership row.
            Set<Long> touched = new LinkedHashSet<>();
            try (StoryStatements sql = new StoryStatements(connection);
                 EventCoreference.Pass eventLinking = events.beginPass()) {
                for (StoredItems.Row row : rows) {
                    StoryAssignment assignment;
                    Long original = row.duplicateOf() == null ? null : sql.storyOf(row.duplicateOf());
                    Long founder = chosenFounders.remove(row.item().id());
                    if (original != null) {
                        // A near-duplicate is the same report again: it joins its original's story, whatever its words.
                        assignment = clusterer.join(row.item(), clusterer.resolve(original));
                    } else if (founder != null) {
                        Long chosen = founder == row.item().id() ? null : sql.storyOf(founder);
                        assignment = chosen == null ? clusterer.start(row.item())
                                : clusterer.join(row.item(), clusterer.resolve(chosen));
                    } else {
                        assignment = clusterer.assign(row.item());
                    }
                    for (Map.Entry<Long, Long> merge : clusterer.drainMerges().entrySet()) {
                        sql.move(merge.getKey(), merge.getValue());
                        touched.remove(merge.getKey());
                        events.storyMerged(merge.getKey(), merge.getValue());
                    }
                    // Members refer to the story row, so it must exist before the member; it is filled in below.
                    if (touched.add(assignment.storyId())) {
                        sql.ensureStory(assignment.storyId());
                    }
                    sql.member(assignment);
                    // Events right after their document's story, not once per batch: an undated mention joins only
                    // events of its own story, so linking a batch's events after all of its clustering would let
                    // them see merges of later documents, and the result would depend on where batches end.
                    eventLinking.linkNew(row.item().id() - 1, row.item().id());
                }
                for (long id : touched) {
                    save(clusterer.story(id));
                }
            }
            setProgress(last);
            connection.commit();
            linkedThrough = last;
            return rows.size();
        } catch (SQLException | StoreException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the next run starts from the recorded progress anyway
            }
            throw new StoreException("cannot link stories: " + reason(e), e);
        }
    }

    /** What went wrong, in the words the document writer uses for the same failures (a full disk above all). */
    static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (String.valueOf(sql.getMessage()).contains("SQLITE_FULL")
                    || "53100".equals(sql.getSQLState()))) {
                return "the disk is full";
            }
        }
        return e.getMessage();
    }

    /**
     * The story of document {@code seq} was chosen before it reached the store (by a job that clusters by story
     * candidate key): it joins the story of document {@code founder}, or starts a new one when {@code founder} is
     * itself. The store's own clusterer then does not choose for it; a near-duplicate still joins its original's.
     * Kept in memory until the document is linked: a document stored but not linked before a crash is clustered
     * by the store's clusterer instead.
     */
    public void follow(long seq, long founder) {
        chosenFounders.put(seq, founder);
    }

    /** Forgets choices for documents after {@code seq} (their batch was rolled back; the numbers will be reused). */
    public void forgetChoicesAfter(long seq) {
        chosenFounders.keySet().removeIf(s -> s > seq);
    }

    public StoryClusterer clusterer() {
        return clusterer;
    }

    private void save(Story story) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO stories (story_id, label, "
                + "first_day, last_day, updated_at, title, documents, actors_json, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (story_id) DO UPDATE SET label = excluded.label, first_day = excluded.first_day, "
                + "last_day = excluded.last_day, updated_at = excluded.updated_at, title = excluded.title, "
                + "documents = excluded.documents, actors_json = excluded.actors_json, terms = excluded.terms")) {
            String title = story.title();
            List<String> terms = story.topTerms(10);
            st.setLong(1, story.id());
            st.setString(2, String.join(" ", terms.subList(0, Math.min(5, terms.size()))));
            st.setString(3, StoredItems.day(story.firstTime()));
            st.setString(4, StoredItems.day(story.lastTime()));
            st.setString(5, Instant.now().toString());
            st.setString(6, title);
            st.setInt(7, story.size());
            st.setString(8, DocumentJson.toLine(story.mainActors(8)));
            st.setString(9, String.join(" ", terms));
            st.executeUpdate();
        }
    }

    private long lastSequence() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM documents");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long progress() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT last_seq FROM linking_progress WHERE task = ?")) {
            st.setString(1, TASK);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void setProgress(long seq) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO linking_progress (task, last_seq) VALUES (?, ?) "
                        + "ON CONFLICT (task) DO UPDATE SET last_seq = excluded.last_seq")) {
            st.setString(1, TASK);
            st.setLong(2, seq);
            st.executeUpdate();
        }
    }
}
