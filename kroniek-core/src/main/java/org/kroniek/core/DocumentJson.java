package org.kroniek.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** The JSON form of documents (the {@code analyze} contract of docs/FORMATS.md), in and out. */
public final class DocumentJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private DocumentJson() {
    }

    /** The shared, thread-safe mapper configured for kroniek's JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, as in JSON Lines output. */
    public static String toLine(Object value) {
        return write(MAPPER.writer(), value);
    }

    public static String toPrettyJson(Object value) {
        return write(MAPPER.writerWithDefaultPrettyPrinter(), value);
    }

    public static Document fromJson(String json) {
        try {
            return MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a kroniek document: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
