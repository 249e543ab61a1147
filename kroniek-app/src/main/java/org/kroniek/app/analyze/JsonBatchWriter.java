package org.kroniek.app.analyze;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.DocumentJson;

/**
 * Writes {@code {"documents": [...], "errors": [...]}}, streaming the documents as they come so that a large
 * batch is never held in memory; errors are few and are written at the end.
 */
final class JsonBatchWriter implements DocumentWriter {
    private final JsonGenerator json;
    private final ObjectMapper mapper = DocumentJson.mapper();
    private final List<DocumentError> errors = new ArrayList<>();

    JsonBatchWriter(OutputStream out) throws IOException {
        json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeArrayFieldStart("documents");
    }

    @Override
    public void document(Document document) throws IOException {
        mapper.writeValue(json, document);
    }

    @Override
    public void error(DocumentError error) {
        errors.add(error);
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("errors");
        for (DocumentError error : errors) {
            mapper.writeValue(json, error);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }
}
