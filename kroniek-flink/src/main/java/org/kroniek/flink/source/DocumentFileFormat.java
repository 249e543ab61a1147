package org.kroniek.flink.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.flink.record.JobRecord;
import org.kroniek.flink.record.JobRecordType;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.DocumentSource;

/**
 * Reads one file into documents with kroniek's own readers ({@link DocumentSource}: format detection, seed,
 * text, JSON Lines, HTML, RSS, language identification), so documents get the ids, creation times and languages
 * {@code kroniek ingest} gives them. A file is one split and one batch; its position in a checkpoint is the
 * number of its records already emitted, which a restored reader skips.
 */
public final class DocumentFileFormat implements BulkFormat<JobRecord, FileSourceSplit> {
    private static final long serialVersionUID = 1L;

    private final ReadSettings settings;
    private final InputRoots roots;
    /** Built on the task manager, once per source subtask: it loads the language model. */
    private transient DocumentSource documents;

    public DocumentFileFormat(ReadSettings settings, InputRoots roots) {
        this.settings = settings;
        this.roots = roots;
    }

    @Override
    public Reader<JobRecord> createReader(Configuration config, FileSourceSplit split) {
        return new FileReader(read(split), 0);
    }

    @Override
    public Reader<JobRecord> restoreReader(Configuration config, FileSourceSplit split) {
        long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new FileReader(read(split), skip);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<JobRecord> getProducedType() {
        return JobRecordType.INSTANCE;
    }

    private List<JobRecord> read(FileSourceSplit split) {
        if (documents == null) {
            documents = new DocumentSource(settings.readerOptions());
        }
        List<JobRecord> records = new ArrayList<>();
        documents.read(readablePath(split.path()), new DocumentSink() {
            @Override
            public void document(Document document) {
                records.add(JobRecord.of(document));
            }

            @Override
            public void error(DocumentError error) {
                records.add(JobRecord.failed(error));
            }
        });
        return records;
    }

    /** The name the user's path gives the file when it reaches the same file from here, else the absolute path. */
    private String readablePath(org.apache.flink.core.fs.Path file) {
        String name = roots.sourceName(file);
        Path local = InputRoots.localPath(file);
        return Path.of(name).toAbsolutePath().normalize().equals(local) ? name : local.toString();
    }

    /** Hands out a file's records in one batch, after skipping those a checkpoint says were emitted. */
    private static final class FileReader implements Reader<JobRecord> {
        private final List<JobRecord> records;
        private final long skip;
        private boolean done;

        FileReader(List<JobRecord> records, long skip) {
            this.records = records;
            this.skip = Math.min(skip, records.size());
        }

        @Override
        public RecordIterator<JobRecord> readBatch() throws IOException {
            if (done) {
                return null;
            }
            done = true;
            JobRecord[] rest = records.subList((int) skip, records.size()).toArray(JobRecord[]::new);
            ArrayResultIterator<JobRecord> batch = new ArrayResultIterator<>();
            batch.set(rest, rest.length, CheckpointedPosition.NO_OFFSET, skip);
            return batch;
        }

        @Override
        public void close() {
        }
    }
}
