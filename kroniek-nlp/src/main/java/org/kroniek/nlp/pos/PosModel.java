package org.kroniek.nlp.pos;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained Dutch POS model: averaged-perceptron weights over {@link Upos} plus the training data's lemma
 * memory. Immutable; load once per process and share.
 *
 * <p>File format (gzip'd, big-endian): magic {@code KPOS}, version, tag count and names, feature count, then per
 * feature its 64-bit id and its non-zero weights as (tag byte, float) pairs; then the lemma memory as
 * (form, UPOS, lemma) UTF strings. Only non-zero weights are written, which keeps the file small.
 */
public final class PosModel {
    public static final String RESOURCE = "/org/kroniek/nlp/pos/nl-upos.model.gz";
    private static final int MAGIC = 0x4B504F53; // "KPOS"
    private static final int VERSION = 1;

    private final WeightTable weights;
    private final LemmaMemory memory;

    PosModel(WeightTable weights, LemmaMemory memory) {
        if (weights.tagCount() != Upos.COUNT) {
            throw new IllegalArgumentException("model has " + weights.tagCount() + " tags, expected " + Upos.COUNT);
        }
        this.weights = weights;
        this.memory = memory;
    }

    WeightTable weights() {
        return weights;
    }

    public LemmaMemory memory() {
        return memory;
    }

    /** Number of features kept in the model. */
    public int featureCount() {
        return weights.size();
    }

    /** Loads the Dutch model shipped in this module's resources. */
    public static PosModel loadDutch() {
        try (InputStream in = PosModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("POS model " + RESOURCE + " missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read POS model " + RESOURCE, e);
        }
    }

    public static PosModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read POS model " + file, e);
        }
    }

    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write POS model " + file, e);
        }
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        int tagCount = weights.tagCount();
        out.writeInt(tagCount);
        for (int t = 0; t < tagCount; t++) {
            out.writeUTF(Upos.of(t).name());
        }
        long[] keys = weights.featureKeys();
        float[] w = weights.rowWeights();
        out.writeInt(keys.length);
        for (int r = 0; r < keys.length; r++) {
            out.writeLong(keys[r]);
            int nonZero = 0;
            for (int t = 0; t < tagCount; t++) {
                if (w[r * tagCount + t] != 0f) {
                    nonZero++;
                }
            }
            out.writeByte(nonZero);
            for (int t = 0; t < tagCount; t++) {
                float v = w[r * tagCount + t];
                if (v != 0f) {
                    out.writeByte(t);
                    out.writeFloat(v);
                }
            }
        }
        Map<String, String> lemmas = memory.entries();
        out.writeInt(lemmas.size());
        for (var e : new java.util.TreeMap<>(lemmas).entrySet()) {
            int tab = e.getKey().indexOf('\t');
            out.writeUTF(e.getKey().substring(0, tab));
            out.writeUTF(e.getKey().substring(tab + 1));
            out.writeUTF(e.getValue());
        }
        out.flush();
        gzip.finish();
    }

    static PosModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a kroniek POS model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported POS model version " + version);
        }
        int tagCount = in.readInt();
        for (int t = 0; t < tagCount; t++) {
            String name = in.readUTF();
            if (!name.equals(Upos.of(t).name())) {
                throw new IOException("unexpected tag " + name + " at index " + t);
            }
        }
        int features = in.readInt();
        long[] keys = new long[features];
        float[] w = new float[features * tagCount];
        for (int r = 0; r < features; r++) {
            keys[r] = in.readLong();
            int nonZero = in.readUnsignedByte();
            for (int k = 0; k < nonZero; k++) {
                int t = in.readUnsignedByte();
                w[r * tagCount + t] = in.readFloat();
            }
        }
        int lemmaCount = in.readInt();
        Map<String, String> lemmas = new HashMap<>(lemmaCount * 2);
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < lemmaCount; i++) {
            String form = in.readUTF();
            String upos = in.readUTF();
            lemmas.put(form + '\t' + upos, in.readUTF());
            forms.add(form);
        }
        return new PosModel(new WeightTable(keys, w, tagCount), new LemmaMemory(lemmas, forms));
    }
}
