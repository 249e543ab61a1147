package org.kroniek.store.timeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kroniek.core.Sentence;
import org.kroniek.store.DctPeriod;
import org.kroniek.store.StoreException;
import org.kroniek.store.sql.LayerCodec;

/**
 * Dated events in order, each with every report of it (document and sentence): for a story, an actor or a set
 * of documents (a search's hits). Reports of one event (the same {@code coref_id}) are one entry. Near-duplicate
 * copies are left out: they add no new source.
 */
public final class Timeline {
    private static final String SELECT = "SELECT e.seq, e.idx, e.coref_id, e.type, e.actor_code, e.target_code, "
            + "e.location, e.event_date, e.mode, e.sentence, e.trigger_start, e.trigger_end, e.trigger_text, "
            + "e.confidence, d.external_id, d.title, d.source, d.dct, d.text FROM events e JOIN documents d ON d.seq = e.seq "
            + "WHERE d.duplicate_of IS NULL AND e.type IS NOT NULL AND ";

    private final Connection connection;

    public Timeline(Connection connection) {
        this.connection = connection;
    }

    /** Every event in the store. */
    public List<TimelineEntry> all() {
        return query("1 = 1", List.of());
    }

    public List<TimelineEntry> forStory(long storyId) {
        return query("e.seq IN (SELECT seq FROM story_members WHERE story_id = ?)", List.of(storyId));
    }

    /** Events whose actor or target is one of these codes (a country code also takes its roles). */
    public List<TimelineEntry> forActorCodes(Set<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("(");
        for (String code : codes) {
            if (args.size() > 0) {
                where.append(" OR ");
            }
            where.append("e.actor_code = ? OR e.target_code = ? OR e.actor_code LIKE ? OR e.target_code LIKE ?");
            args.add(code);
            args.add(code);
            args.add(code + ":%");
            args.add(code + ":%");
        }
        return query(where.append(")").toString(), args);
    }

    public List<TimelineEntry> forActor(String name) {
        return forActorCodes(ActorNames.codes(connection, name));
    }

    public List<TimelineEntry> forDocuments(Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(sequences.size(), "?"));
        return query("e.seq IN (" + marks + ")", new ArrayList<>(sequences));
    }

    private List<TimelineEntry> query(String where, List<?> args) {
        Map<Long, List<Object[]>> byEvent = new LinkedHashMap<>();
        Map<Long, List<Sentence>> sentences = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(SELECT + where + " ORDER BY e.seq, e.idx")) {
            for (int i = 0; i < args.size(); i++) {
                st.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    long coref = rs.getLong(3);
                    long id = rs.wasNull() ? seq * 100_000 + rs.getInt(2) : coref;
                    Object[] row = new Object[19];
                    for (int c = 0; c < 19; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    byEvent.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
                }
            }
            List<TimelineEntry> entries = new ArrayList<>();
            for (Map.Entry<Long, List<Object[]>> event : byEvent.entrySet()) {
                entries.add(entry(event.getKey(), event.getValue(), sentences));
            }
            entries.sort(Comparator.comparing((TimelineEntry e) -> sortKey(e.date()))
                    .thenComparing(e -> e.date() == null ? "" : e.date())
                    .thenComparingLong(TimelineEntry::eventId));
            return entries;
        } catch (SQLException e) {
            throw new StoreException("cannot read the timeline: " + e.getMessage(), e);
        }
    }

    private TimelineEntry entry(long id, List<Object[]> rows, Map<Long, List<Sentence>> sentences) throws SQLException {
        List<TimelineSource> sources = new ArrayList<>();
        String date = null;
        long span = Long.MAX_VALUE;
        for (Object[] r : rows) {
            long seq = ((Number) r[0]).longValue();
            int sentence = r[9] == null ? -1 : ((Number) r[9]).intValue();
            String text = (String) r[18];
            String sentenceText = sentenceText(seq, sentence, text, sentences);
            sources.add(new TimelineSource(seq, (String) r[14], (String) r[15], (String) r[16], (String) r[17], sentence,
                    sentenceText, r[10] == null ? -1 : ((Number) r[10]).intValue(),
                    r[11] == null ? -1 : ((Number) r[11]).intValue(), (String) r[12], (String) r[8],
                    r[13] == null ? 0 : ((Number) r[13]).doubleValue()));
            String value = (String) r[7];
            var period = DctPeriod.parse(value);
            if (period.isPresent()) {
                long days = period.get().last().toEpochDay() - period.get().first().toEpochDay();
                if (days < span) {
                    span = days;
                    date = value;
                }
            }
        }
        boolean fromDocument = date == null;
        if (fromDocument) {
            date = DctPeriod.bucket((String) rows.get(0)[17]);
        }
        Object[] first = rows.get(0);
        return new TimelineEntry(id, date, fromDocument, (String) first[3], firstNonNull(rows, 4), firstNonNull(rows, 5),
                firstNonNull(rows, 6), List.copyOf(sources));
    }

    private static String firstNonNull(List<Object[]> rows, int column) {
        return rows.stream().map(r -> (String) r[column]).filter(v -> v != null).findFirst().orElse(null);
    }

    /** Month-precise dates sort before the days of that month; undated last. */
    private static String sortKey(String date) {
        return DctPeriod.parse(date).map(p -> p.first().toString()).orElse("9999");
    }

    private String sentenceText(long seq, int index, String text, Map<Long, List<Sentence>> cache) throws SQLException {
        if (index < 0) {
            return null;
        }
        List<Sentence> list = cache.get(seq);
        if (list == null) {
            list = List.of();
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT data FROM document_layers WHERE seq = ? AND layer = 'sentences'")) {
                st.setLong(1, seq);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        list = LayerCodec.decode(rs.getBytes(1), Sentence.class);
                    }
                }
            }
            cache.put(seq, list);
        }
        if (index >= list.size()) {
            return null;
        }
        Sentence s = list.get(index);
        return text.substring(s.start(), Math.min(s.end(), text.length())).strip().replaceAll("\\s+", " ");
    }
}
