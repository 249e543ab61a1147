package org.kroniek.flink.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.DocumentJson;

/**
 * Serialises a {@link JobRecord} for the network and for checkpoints. A document travels as its JSON contract
 * (docs/FORMATS.md), which carries every layer, so an analysed document arrives exactly as it left; no Kryo
 * fallback, whose output would change with any field added to the core classes.
 */
public final class JobRecordSerializer extends TypeSerializer<JobRecord> {
    private static final long serialVersionUID = 1L;
    public static final JobRecordSerializer INSTANCE = new JobRecordSerializer();

    private static final byte DOCUMENT = 1;
    private static final byte FAILED = 2;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<JobRecord> duplicate() {
        return this; // stateless
    }

    @Override
    public JobRecord createInstance() {
        return new JobRecord();
    }

    @Override
    public JobRecord copy(JobRecord from) {
        JobRecord copy = from.isFailed() ? JobRecord.failed(from.error())
                : JobRecord.of(DocumentJson.fromJson(DocumentJson.toLine(from.document())));
        copy.setOrdinal(from.ordinal());
        copy.setIdentity(from.identity(), from.contentHash());
        copy.setStoryFounder(from.storyFounder());
        return copy;
    }

    @Override
    public JobRecord copy(JobRecord from, JobRecord reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(JobRecord record, DataOutputView out) throws IOException {
        out.writeLong(record.ordinal());
        if (record.isFailed()) {
            DocumentError error = record.error();
            out.writeByte(FAILED);
            writeString(out, error.source());
            out.writeInt(error.line() == null ? -1 : error.line());
            writeString(out, error.message());
        } else {
            out.writeByte(DOCUMENT);
            writeString(out, record.identity());
            writeString(out, record.contentHash());
            out.writeLong(record.storyFounder());
            writeString(out, DocumentJson.toLine(record.document()));
        }
    }

    @Override
    public JobRecord deserialize(DataInputView in) throws IOException {
        long ordinal = in.readLong();
        byte kind = in.readByte();
        JobRecord record;
        if (kind == FAILED) {
            String source = readString(in);
            int line = in.readInt();
            record = JobRecord.failed(new DocumentError(source, line < 0 ? null : line, readString(in)));
        } else if (kind == DOCUMENT) {
            String identity = readString(in);
            String contentHash = readString(in);
            long storyFounder = in.readLong();
            record = JobRecord.of(DocumentJson.fromJson(readString(in)));
            record.setIdentity(identity, contentHash);
            record.setStoryFounder(storyFounder);
        } else {
            throw new IOException("corrupt job record: unknown kind " + kind);
        }
        record.setOrdinal(ordinal);
        return record;
    }

    @Override
    public JobRecord deserialize(JobRecord reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    /** writeUTF stops at 64 KB; article texts and their layers do not. Null is length -1. */
    private static void writeString(DataOutputView out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputView in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRecordSerializer;
    }

    @Override
    public int hashCode() {
        return JobRecordSerializer.class.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<JobRecord> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Flink restores the serializer of a checkpoint from this; there is one version so far. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<JobRecord> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
