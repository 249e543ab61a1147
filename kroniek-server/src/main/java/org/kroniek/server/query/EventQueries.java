package org.kroniek.server.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.store.KroniekStore;

/**
 * Events from the {@code events} table, joined to their documents; near-duplicates are left out so a republished
 * report counts once. Empty until the events stage fills the table.
 */
public final class EventQueries {
    private static final String COLUMNS = "e.seq AS seq, e.idx AS idx, e.trigger_start AS triggerStart,"
            + " e.trigger_end AS triggerEnd, e.trigger_text AS triggerText, e.type AS type, e.actor_code AS actor,"
            + " e.target_code AS target, e.location AS location, e.event_date AS date, e.mode AS mode,"
            + " e.source AS source, e.sentence AS sentence, e.confidence AS confidence, e.coref_id AS coref,"
            + " d.external_id AS documentId, d.dct AS dct, d.publisher AS publisher";

    private EventQueries() {
    }

    public static Page<Map<String, Object>> list(KroniekStore store, EventFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = Sql.count(store, "SELECT count(*) FROM events e JOIN documents d ON d.seq = e.seq" + where, params);
        if (total == 0) {
            return Page.empty(offset, limit);
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        List<Map<String, Object>> rows = Sql.rows(store, "SELECT " + COLUMNS
                + " FROM events e JOIN documents d ON d.seq = e.seq" + where
                + " ORDER BY e.event_date, d.dct, e.seq, e.idx LIMIT ? OFFSET ?", pageParams);
        return new Page<>(total, offset, limit, rows.stream().map(EventQueries::json).toList());
    }

    private static String where(EventFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE d.duplicate_of IS NULL");
        if (filter.from() != null) {
            // A coarse event date (2016-12) is kept when its period reaches the bound.
            sql.append(" AND e.event_date >= substr(?, 1, length(e.event_date))");
            params.add(filter.from().toString());
        }
        if (filter.to() != null) {
            sql.append(" AND substr(e.event_date, 1, 10) <= ?");
            params.add(filter.to().toString());
        }
        if (filter.actor() != null) {
            sql.append(" AND (e.actor_code = ? OR e.target_code = ? OR e.actor_code LIKE ? OR e.target_code LIKE ?)");
            params.add(filter.actor());
            params.add(filter.actor());
            params.add(filter.actor() + ":%");
            params.add(filter.actor() + ":%");
        }
        if (filter.type() != null) {
            sql.append(" AND e.type = ?");
            params.add(filter.type());
        }
        if (filter.mode() != null) {
            sql.append(" AND e.mode = ?");
            params.add(filter.mode());
        }
        if (filter.story() != null) {
            sql.append(" AND e.seq IN (SELECT seq FROM story_members WHERE story_id = ?)");
            params.add(filter.story());
        }
        return sql.toString();
    }

    /** The event as in the analyze contract, plus its stable id ({@code seq-idx}) and its document. */
    static Map<String, Object> json(Map<String, Object> row) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", row.get("seq") + "-" + row.get("idx"));
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("start", row.get("triggerStart"));
        trigger.put("end", row.get("triggerEnd"));
        trigger.put("text", row.get("triggerText"));
        event.put("trigger", trigger);
        for (String key : List.of("type", "actor", "target", "location", "date", "mode", "source", "sentence",
                "confidence", "coref")) {
            event.put(key, row.get(key));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("seq", row.get("seq"));
        document.put("id", row.get("documentId"));
        document.put("dct", row.get("dct"));
        document.put("publisher", row.get("publisher"));
        event.put("document", document);
        return event;
    }
}
