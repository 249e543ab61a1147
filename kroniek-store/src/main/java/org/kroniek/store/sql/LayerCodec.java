package org.kroniek.store.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;

/**
 * A layer (a list of records) as deflated JSON. Tokens are most of a document's bytes (~10 KB of JSON for 250
 * tokens); deflate cuts that about five-fold at well under a millisecond per document.
 */
public final class LayerCodec {
    private LayerCodec() {
    }

    /**
     * Every non-empty layer of an analysed document, encoded, by layer name in storage order. Pure and
     * thread-safe, so ingest runs it on the analysis threads and the single writer only binds the bytes.
     */
    public static Map<String, byte[]> encodeAll(Document doc) {
        Map<String, List<?>> layers = new LinkedHashMap<>();
        layers.put("sentences", doc.getSentences());
        layers.put("tokens", doc.getTokens());
        layers.put("entities", doc.getEntities());
        layers.put("mentions", doc.getMentions());
        layers.put("timexes", doc.getTimexes());
        layers.put("events", doc.getEvents());
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        for (Map.Entry<String, List<?>> layer : layers.entrySet()) {
            if (!layer.getValue().isEmpty()) {
                encoded.put(layer.getKey(), encode(layer.getValue()));
            }
        }
        return Collections.unmodifiableMap(encoded);
    }

    public static byte[] encode(List<?> layer) {
        try {
            byte[] json = DocumentJson.mapper().writeValueAsBytes(layer);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try {
                deflater.setInput(json);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 16);
                byte[] buffer = new byte[8192];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return out.toByteArray();
            } finally {
                deflater.end();
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> List<T> decode(byte[] data, Class<T> type) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 5);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated layer data");
                }
                out.write(buffer, 0, n);
            }
            JavaType listType = DocumentJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
            return DocumentJson.mapper().readValue(out.toByteArray(), listType);
        } catch (DataFormatException e) {
            throw new IllegalStateException("corrupt layer data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inflater.end();
        }
    }
}
