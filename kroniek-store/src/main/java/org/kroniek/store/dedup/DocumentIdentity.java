package org.kroniek.store.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.kroniek.core.Document;

/**
 * What makes a document the same document: its normalised text (Unicode NFC, white space collapsed) and the
 * metadata that tell one publication from another (title, byline, publisher, creation time). The file path is
 * deliberately not part of it: reading the same corpus from another directory, or a copy of a file, adds
 * nothing. A creation time that only came from the file's modification time is left out too, so touching a
 * file does not make it new.
 *
 * @param identity    SHA-256 over text and metadata: equal identity = already stored, skip
 * @param contentHash SHA-256 over the text alone: equal content, other metadata = an exact republication
 */
public record DocumentIdentity(String identity, String contentHash) {
    private static final char SEPARATOR = '\u0000';

    public static DocumentIdentity of(Document document) {
        String text = normaliseText(document.getText());
        String contentHash = sha256(text);
        boolean dctFromFile = "file-mtime".equals(document.getMetadata().get("dctSource"));
        StringBuilder key = new StringBuilder(contentHash.length() + 128).append(contentHash);
        for (String field : new String[] {document.getTitle(), document.getByline(), document.getPublisher(),
            dctFromFile ? null : document.getDct()}) {
            key.append(SEPARATOR).append(field == null ? "" : normaliseText(field));
        }
        return new DocumentIdentity(sha256(key.toString()), contentHash);
    }

    static String normaliseText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
