package org.kroniek.store.stories;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A story's whole in-memory state as deflated bytes, so that a closed story can leave memory and come back exactly
 * as it was: doubles bit for bit, and the centroid and title vectors re-inserted in their iteration order (hash
 * maps of the same size then iterate alike, so sums over them come out the same to the last bit).
 */
final class StoryState {
    private static final int FORMAT = 1;

    private StoryState() {
    }

    static byte[] write(Story story) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater))) {
            out.writeInt(FORMAT);
            out.writeLong(story.id());
            out.writeDouble(story.squaredNorm);
            out.writeDouble(story.firstTime);
            out.writeDouble(story.lastTime);
            writeVector(out, story.centroid);
            writeCounts(out, story.actors);
            writeCounts(out, story.events);
            out.writeInt(story.members.size());
            for (long member : story.members) {
                out.writeLong(member);
            }
            out.writeInt(story.titles.size());
            for (int i = 0; i < story.titles.size(); i++) {
                writeString(out, story.titles.get(i));
                writeVector(out, story.titleVectors.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static Story read(byte[] data) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException("unknown story state format " + format);
            }
            Story story = new Story(in.readLong());
            story.squaredNorm = in.readDouble();
            story.firstTime = in.readDouble();
            story.lastTime = in.readDouble();
            readVector(in, story.centroid);
            readCounts(in, story.actors);
            readCounts(in, story.events);
            for (int n = in.readInt(); n > 0; n--) {
                story.members.add(in.readLong());
            }
            for (int n = in.readInt(); n > 0; n--) {
                story.titles.add(readString(in));
                Map<String, Double> vector = new HashMap<>();
                readVector(in, vector);
                story.titleVectors.add(vector);
            }
            return story;
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt story state: " + e.getMessage(), e);
        }
    }

    /**
     * As UTF-16 chars, not writeUTF (which refuses strings over 64 KB) nor UTF-8 (which would turn a lone
     * surrogate into '?', and the term would no longer be the same).
     */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readString(DataInputStream in) throws IOException {
        char[] chars = new char[in.readInt()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    private static void writeVector(DataOutputStream out, Map<String, Double> vector) throws IOException {
        out.writeInt(vector.size());
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            writeString(out, e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    private static void readVector(DataInputStream in, Map<String, Double> vector) throws IOException {
        for (int n = in.readInt(); n > 0; n--) {
            vector.put(readString(in), in.readDouble());
        }
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            writeString(out, e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static void readCounts(DataInputStream in, Map<String, Integer> counts) throws IOException {
        for (int n = in.readInt(); n > 0; n--) {
            counts.put(readString(in), in.readInt());
        }
    }
}
