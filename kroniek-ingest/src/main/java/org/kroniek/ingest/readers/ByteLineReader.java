package org.kroniek.ingest.readers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that a large JSON Lines file is never held in memory
 * and each line can be decoded (and its errors reported) on its own. A line longer than the limit is skipped
 * over, not kept: only its length is reported.
 */
final class ByteLineReader {
    /** One line without its line break. {@code bytes} is null when the line was longer than the limit. */
    record Line(int number, long offset, long length, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferPos;
    private int bufferEnd;
    private boolean eof;
    private int lineNumber;
    private long offset;

    ByteLineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean sawAnything = false;
        while (true) {
            if (bufferPos == bufferEnd && !fill()) {
                if (!sawAnything) {
                    return null;
                }
                return finish(line, length, length);
            }
            sawAnything = true;
            int start = bufferPos;
            int newline = -1;
            for (int i = bufferPos; i < bufferEnd; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? bufferEnd : newline;
            int count = end - start;
            if (length + count <= maxLineBytes) {
                line.write(buffer, start, count);
            }
            length += count;
            bufferPos = newline < 0 ? bufferEnd : newline + 1;
            if (newline >= 0) {
                return finish(line, length, length + 1);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length, long consumed) {
        lineNumber++;
        long lineOffset = offset;
        offset += consumed;
        if (length > maxLineBytes) {
            return new Line(lineNumber, lineOffset, length, null);
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(lineNumber, lineOffset, bytes.length, bytes);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer);
        if (n <= 0) {
            // A blocking stream never returns 0; treating it as the end avoids spinning if one does.
            eof = true;
            return false;
        }
        bufferPos = 0;
        bufferEnd = n;
        return true;
    }
}
