package org.kroniek.nlp.ner;

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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained NER model: feature weights per BIO label, label transitions, the name lists its features use, and the temperature that turns scores into confidences. Immutable once built, so one
 * instance serves every thread.
 */
public final class NerModel {
    /** Classpath location of the shipped Dutch model. */
    public static final String DUTCH_RESOURCE = "nl-conll2002.model.gz";
    private static final int MAGIC = 0x4B4E4552; // "KNER"
    private static final int VERSION = 2;

    private final FeatureExtractor features;
    private final Pass first;
    private final Pass second;
    private final float temperature;

    /** second may be null: a one-pass model without article-level label features. */
    NerModel(FeatureExtractor features, Pass first, Pass second, float temperature) {
        this.features = features;
        this.first = first;
        this.second = second;
        this.temperature = temperature;
    }

    FeatureExtractor features() {
        return features;
    }

    Pass first() {
        return first;
    }

    /** The second (stacked) pass, or null. */
    Pass second() {
        return second;
    }

    /** The pass whose labels are final. */
    Pass last() {
        return second != null ? second : first;
    }

    float temperature() {
        return temperature;
    }

    /** Number of features with non-zero weights. */
    public int featureCount() {
        return first.weights().size() + (second == null ? 0 : second.weights().size());
    }

    NerModel withTemperature(float t) {
        return new NerModel(features, first, second, t);
    }

    private static volatile NerModel dutch;

    /** The shipped Dutch model, loaded once per process. */
    public static NerModel dutch() {
        NerModel m = dutch;
        if (m == null) {
            synchronized (NerModel.class) {
                m = dutch;
                if (m == null) {
                    try (InputStream in = NerModel.class.getResourceAsStream(DUTCH_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("NER model resource missing: " + DUTCH_RESOURCE);
                        }
                        m = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load NER model " + DUTCH_RESOURCE, e);
                    }
                    dutch = m;
                }
            }
        }
        return m;
    }

    public static NerModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model " + file, e);
        }
    }

    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                write(os);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save NER model " + file, e);
        }
    }

    /** gzip; weights stored sparsely per feature (label bit mask + half-precision floats). */
    void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(NerLabels.COUNT);
        out.writeInt(features.groups());
        out.writeFloat(temperature);
        features.gazetteer().write(out);
        out.writeBoolean(second != null);
        writePass(out, first);
        if (second != null) {
            writePass(out, second);
        }
        out.flush();
        gz.finish();
    }

    private static void writePass(DataOutputStream out, Pass pass) throws IOException {
        out.writeInt(pass.transitions().length);
        for (float t : pass.transitions()) {
            out.writeFloat(t);
        }
        FeatureWeights weights = pass.weights();
        out.writeInt(weights.size());
        IOException[] failure = new IOException[1];
        weights.forEach((key, row) -> {
            try {
                int mask = 0;
                for (int l = 0; l < row.length; l++) {
                    if (Float.floatToFloat16(row[l]) != 0) {
                        mask |= 1 << l;
                    }
                }
                out.writeLong(key);
                out.writeShort(mask);
                for (int l = 0; l < row.length; l++) {
                    if ((mask & (1 << l)) != 0) {
                        out.writeShort(Float.floatToFloat16(row[l]));
                    }
                }
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    static NerModel read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a kroniek NER model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported NER model version " + version);
        }
        int labels = in.readInt();
        if (labels != NerLabels.COUNT) {
            throw new IOException("model has " + labels + " labels, expected " + NerLabels.COUNT);
        }
        int groups = in.readInt();
        float temperature = in.readFloat();
        Gazetteer gaz = Gazetteer.read(in);
        boolean stacked = in.readBoolean();
        Pass first = readPass(in, labels);
        Pass second = stacked ? readPass(in, labels) : null;
        return new NerModel(new FeatureExtractor(gaz, groups), first, second, temperature);
    }

    private static Pass readPass(DataInputStream in, int labels) throws IOException {
        float[] trans = new float[in.readInt()];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        int n = in.readInt();
        FeatureWeights weights = new FeatureWeights(n, labels);
        float[] row = new float[labels];
        for (int i = 0; i < n; i++) {
            long key = in.readLong();
            int mask = in.readUnsignedShort();
            for (int l = 0; l < labels; l++) {
                row[l] = (mask & (1 << l)) != 0 ? Float.float16ToFloat(in.readShort()) : 0f;
            }
            weights.put(key, row);
        }
        return new Pass(weights, trans);
    }
}
