package org.kroniek.store.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.kroniek.core.DocumentJson;

/**
 * A layer (a list of records) as deflated JSON. Tokens are most of a document's bytes (~10 KB of JSON for 250
 * tokens); deflate cuts that about five-fold at well under a millisecond per document.
 */
public final class LayerCodec {
    private LayerCodec() {
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
