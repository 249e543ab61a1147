package org.kroniek.ingest.readers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.ingest.ByteSizes;
import org.kroniek.ingest.DctParser;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.TextDecoder;
import org.kroniek.ingest.TextInput;
import org.kroniek.ingest.UnreadableInputException;

/**
 * Reads JSON Lines: one JSON object per line with {@code text} (required) and optionally {@code id},
 * {@code title}, {@code date}, {@code url}, {@code publisher}, {@code byline} and {@code language}; other
 * fields are kept in the document's metadata. A bad line becomes one error with its line number and the
 * other lines are read. The stream is read line by line, so a file may be larger than memory.
 */
public final class JsonLinesReader implements DocumentReader {
    private static final Set<String> KNOWN_FIELDS =
            Set.of("id", "title", "text", "date", "url", "publisher", "byline", "language");
    private static final int MAX_MESSAGE_CHARS = 200;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final long maxRecordBytes;

    /** @param maxRecordBytes records (lines) longer than this are reported and skipped */
    public JsonLinesReader(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads an already decoded input (stdin or a small file). */
    @Override
    public void read(TextInput input, DocumentSink sink) {
        String[] lines = input.text().split("\r?\n", -1);
        boolean anyRecord = false;
        for (int i = 0; i < lines.length; i++) {
            anyRecord |= readLine(lines[i], i + 1, input.source(), input.stem(), sink);
        }
        reportIfNoRecords(anyRecord, input.source(), sink);
    }

    /** Reads a UTF-8 stream line by line; every line is decoded and size-checked on its own. */
    public void read(InputStream in, String source, String stem, DocumentSink sink) throws IOException {
        ByteLineReader lines = new ByteLineReader(in, maxRecordBytes);
        boolean anyRecord = false;
        for (ByteLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.tooLong()) {
                anyRecord = true;
                sink.error(new DocumentError(source, line.number(),
                        ByteSizes.overLimitMessage("record", line.length(), maxRecordBytes)));
                continue;
            }
            String text;
            try {
                text = TextDecoder.decodeUtf8(line.bytes(), line.offset());
            } catch (UnreadableInputException e) {
                anyRecord = true;
                sink.error(new DocumentError(source, line.number(), e.getMessage()));
                continue;
            }
            anyRecord |= readLine(text, line.number(), source, stem, sink);
        }
        reportIfNoRecords(anyRecord, source, sink);
    }

    /** An input of blank lines only is reported, as an empty file is: it must not pass unnoticed. */
    private static void reportIfNoRecords(boolean anyRecord, String source, DocumentSink sink) {
        if (!anyRecord) {
            sink.error(DocumentError.of(source, "no records (only blank lines)"));
        }
    }

    /** Reads one line; false when it is blank (no record). */
    private boolean readLine(String line, int number, String source, String stem, DocumentSink sink) {
        if (line.isBlank()) {
            return false;
        }
        try {
            sink.document(toDocument(MAPPER.readTree(line), number, source, stem));
        } catch (JsonProcessingException e) {
            sink.error(new DocumentError(source, number, "not JSON: " + shorten(e.getOriginalMessage())));
        } catch (UnreadableInputException e) {
            sink.error(new DocumentError(source, number, e.getMessage()));
        }
        return true;
    }

    private static Document toDocument(JsonNode record, int number, String source, String stem)
            throws UnreadableInputException {
        if (!record.isObject()) {
            throw new UnreadableInputException("not a JSON object");
        }
        JsonNode textNode = record.get("text");
        if (textNode == null || textNode.isNull()) {
            throw new UnreadableInputException("no \"text\" field");
        }
        if (!textNode.isTextual()) {
            throw new UnreadableInputException("\"text\" is not a string");
        }
        String text = BodyText.clean(textNode.asText());
        if (text.isEmpty()) {
            throw new UnreadableInputException("\"text\" is empty");
        }
        Document document = new Document(text(record, "id"), text);
        if (document.getId() == null) {
            document.setId(stem + "-" + number);
        }
        String url = text(record, "url");
        document.setSource(url != null ? url : source + ":" + number);
        document.setTitle(text(record, "title"));
        document.setPublisher(text(record, "publisher"));
        document.setByline(text(record, "byline"));
        document.setLanguage(text(record, "language"));
        String date = text(record, "date");
        if (date != null) {
            DctParser.parse(date).ifPresentOrElse(dct -> dct.applyTo(document), () -> {
                document.getMetadata().put("date", date);
                document.getMetadata().put("dctWarning", "date '" + shorten(date) + "' is not an ISO date; ignored");
            });
        }
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            if (!KNOWN_FIELDS.contains(field.getKey())) {
                document.getMetadata().put(field.getKey(), MAPPER.convertValue(field.getValue(), Object.class));
            }
        }
        return document;
    }

    /** A scalar field as a non-blank string (numbers too: ids are often numeric), else null. */
    private static String text(JsonNode record, String field) {
        JsonNode node = record.get(field);
        return node == null || !node.isValueNode() || node.isNull() ? null : BodyText.blankToNull(node.asText());
    }

    private static String shorten(String message) {
        String oneLine = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_MESSAGE_CHARS ? oneLine : oneLine.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
}
