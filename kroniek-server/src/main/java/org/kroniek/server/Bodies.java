package org.kroniek.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies with a hard size limit, also when the client sends no Content-Length (chunked). */
public final class Bodies {
    /**
     * A body over the limit is still read (and dropped) up to this many bytes before the 413 goes out. A client
     * that is still sending when the server answers and closes gets a broken pipe and may never read the answer
     * (Java's HttpClient does not); reading a little more lets ordinary clients see the 413. Beyond it the
     * connection is closed as before.
     */
    static final long DRAIN_BYTES = 4L * 1024 * 1024;

    private Bodies() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            if (declared <= maxBytes + DRAIN_BYTES) {
                drain(ctx, declared);
            }
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    skip(in, DRAIN_BYTES);
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            // A client that stalls past the idle timeout or drops the connection ends up here.
            throw new ApiException(400, "could not read the request body: " + e.getClass().getSimpleName());
        }
    }

    private static void drain(Context ctx, long bytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            skip(in, bytes);
        } catch (IOException e) {
            // the client went away: nothing to answer anyway
        }
    }

    /** Reads and drops up to {@code bytes} bytes, or until the body ends. */
    private static void skip(InputStream in, long bytes) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = bytes;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
    }

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "the request body is larger than the server's limit of " + maxBytes + " bytes");
    }
}
