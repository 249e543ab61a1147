package org.kroniek.flink.source;

import java.time.Duration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.kroniek.flink.record.JobRecord;

/**
 * The job's input: Flink's file source (bounded, or monitoring the paths for new files every interval) over
 * files and directory trees, each file read by {@link DocumentFileFormat}. JSON Lines files are one input among
 * others; {@code --input-format jsonl} forces the format for every file.
 */
public final class DocumentFiles {
    private DocumentFiles() {
    }

    /** @param monitorInterval null for a bounded job that ends after the files present at its start */
    public static FileSource<JobRecord> source(InputRoots roots, ReadSettings settings, Duration monitorInterval) {
        InputFileFilter filter = new InputFileFilter(settings.anyExtension(), roots);
        FileSource.FileSourceBuilder<JobRecord> builder = FileSource
                .forBulkFileFormat(new DocumentFileFormat(settings, roots), roots.flinkPaths())
                .setFileEnumerator(() -> new NonSplittingRecursiveEnumerator(filter))
                .setSplitAssigner(InputOrderAssigner.provider(roots));
        if (monitorInterval != null) {
            builder.monitorContinuously(monitorInterval);
        }
        return builder.build();
    }
}
