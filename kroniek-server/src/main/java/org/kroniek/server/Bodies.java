package org.kroniek.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies with a hard size limit, also when the client sends no Content-Length (chunked). */
public final class Bodies {
    private Bodies() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
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

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "the request body is larger than the server's limit of " + maxBytes + " bytes");
    }
}
