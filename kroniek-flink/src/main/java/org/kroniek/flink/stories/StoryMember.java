package org.kroniek.flink.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.stories.StoryItem;

/**
 * One document of a key's candidate stories as kept in Flink keyed state: its clustering features and the story
 * it went to, enough to rebuild the key's clusterer after a restore. Stored as a JSON line, which does not change
 * when the store's classes gain fields.
 */
record StoryMember(StoryItem item, long story) {
    private static final ObjectMapper JSON = DocumentJson.mapper();

    record Row(long id, double time, String title, Map<String, Integer> terms, List<String> actors,
               List<String> events, long story) {
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(new Row(item.id(), item.time(), item.title(), item.terms(),
                    List.copyOf(item.actors()), List.copyOf(item.events()), story));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write story member " + item.id(), e);
        }
    }

    static StoryMember fromJson(String json) {
        try {
            Row row = JSON.readValue(json, Row.class);
            return new StoryMember(new StoryItem(row.id(), row.time(), row.title(), row.terms(),
                    Set.copyOf(row.actors()), Set.copyOf(row.events())), row.story());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt story member in keyed state: " + e.getOriginalMessage(), e);
        }
    }
}
