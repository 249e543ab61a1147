package org.kroniek.server.query;

import com.fasterxml.jackson.databind.JavaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.kroniek.core.DocumentJson;

/**
 * Reads a {@code document_layers.data} value: the layer's JSON, deflated (docs/ARCHITECTURE.md, "The store").
 * The server reads layers the store's own loader leaves out, without loading the whole document.
 */
final class StoredLayer {
    private StoredLayer() {
    }

    static <T> List<T> decode(byte[] data, Class<T> type) {
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
            JavaType list = DocumentJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
            return DocumentJson.mapper().readValue(out.toByteArray(), list);
        } catch (DataFormatException e) {
            throw new IllegalStateException("corrupt layer data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inflater.end();
        }
    }
}
