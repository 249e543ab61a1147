package org.kroniek.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Mention;
import org.kroniek.store.DctPeriod;

/**
 * Keeps {@code actors} and {@code actor_days} up to date: who is mentioned how often per day. Actors are the
 * linked mentions when a document has them, else its named entities (name, optional CAMEO code).
 */
public final class ActorCounter {
    private record ActorKey(String name, String code) {
    }

    private final Function<String, PreparedStatement> statements;
    private final Map<ActorKey, Long> ids = new HashMap<>();

    public ActorCounter(Function<String, PreparedStatement> statements) {
        this.statements = statements;
    }

    public void count(Document document) throws SQLException {
        String day = DctPeriod.bucket(document.getDct());
        if (day == null) {
            return;
        }
        Map<ActorKey, Integer> mentions = new LinkedHashMap<>();
        Map<ActorKey, String> kinds = new HashMap<>();
        if (!document.getMentions().isEmpty()) {
            for (Mention m : document.getMentions()) {
                String name = m.canonical() != null ? m.canonical() : null;
                if (name != null || m.actor() != null) {
                    ActorKey key = key(name != null ? name : m.actor(), m.actor());
                    mentions.merge(key, 1, Integer::sum);
                }
            }
        } else {
            for (Entity e : document.getEntities()) {
                ActorKey key = key(e.canonical() != null ? e.canonical() : e.text(), e.actor());
                mentions.merge(key, 1, Integer::sum);
                kinds.putIfAbsent(key, e.type());
            }
        }
        PreparedStatement upsert = statements.apply("INSERT INTO actor_days (actor_id, day, documents, mentions) "
                + "VALUES (?, ?, 1, ?) ON CONFLICT (actor_id, day) DO UPDATE SET documents = actor_days.documents + 1, "
                + "mentions = actor_days.mentions + excluded.mentions");
        for (Map.Entry<ActorKey, Integer> entry : mentions.entrySet()) {
            upsert.setLong(1, idOf(entry.getKey(), kinds.get(entry.getKey())));
            upsert.setString(2, day);
            upsert.setInt(3, entry.getValue());
            upsert.addBatch();
        }
        upsert.executeBatch();
    }

    /** Ids handed out in a rolled-back batch are gone. */
    public void forget() {
        ids.clear();
    }

    private static ActorKey key(String name, String code) {
        return new ActorKey(name.strip().replaceAll("\\s+", " "), code == null ? "" : code);
    }

    private long idOf(ActorKey key, String kind) throws SQLException {
        Long known = ids.get(key);
        if (known != null) {
            return known;
        }
        PreparedStatement insert = statements.apply(
                "INSERT INTO actors (name, code, kind) VALUES (?, ?, ?) ON CONFLICT (name, code) DO NOTHING");
        insert.setString(1, key.name());
        insert.setString(2, key.code());
        insert.setString(3, kind);
        insert.executeUpdate();
        PreparedStatement select = statements.apply("SELECT actor_id FROM actors WHERE name = ? AND code = ?");
        select.setString(1, key.name());
        select.setString(2, key.code());
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            ids.put(key, id);
            return id;
        }
    }
}
