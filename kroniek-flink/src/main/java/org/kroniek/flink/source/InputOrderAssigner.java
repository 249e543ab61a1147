package org.kroniek.flink.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.assigners.FileSplitAssigner;

/**
 * Hands out files in reading order ({@link InputRoots#order()}), so that documents are numbered as the embedded
 * ingest numbers them. Flink's default assigners hand out in no fixed order. Files found later by continuous
 * monitoring are queued in the same order.
 */
final class InputOrderAssigner implements FileSplitAssigner {
    private final PriorityQueue<FileSourceSplit> queue;

    InputOrderAssigner(Comparator<org.apache.flink.core.fs.Path> order, Collection<FileSourceSplit> splits) {
        this.queue = new PriorityQueue<>(Comparator.comparing(FileSourceSplit::path, order)
                .thenComparingLong(FileSourceSplit::offset));
        queue.addAll(splits);
    }

    @Override
    public Optional<FileSourceSplit> getNext(String hostname) {
        return Optional.ofNullable(queue.poll());
    }

    @Override
    public void addSplits(Collection<FileSourceSplit> splits) {
        queue.addAll(splits);
    }

    @Override
    public Collection<FileSourceSplit> remainingSplits() {
        return new ArrayList<>(queue);
    }

    static Provider provider(InputRoots roots) {
        return splits -> new InputOrderAssigner(roots.order(), splits);
    }
}
