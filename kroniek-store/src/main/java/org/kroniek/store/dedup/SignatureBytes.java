package org.kroniek.store.dedup;

import java.nio.ByteBuffer;

/** A MinHash signature as bytes (big-endian ints) for a BLOB column. */
public final class SignatureBytes {
    private SignatureBytes() {
    }

    public static byte[] encode(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
        buffer.asIntBuffer().put(signature);
        return buffer.array();
    }

    public static int[] decode(byte[] bytes) {
        int[] signature = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }
}
