package org.kroniek.store;

import java.nio.file.Path;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.IngestOutcome;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;

/** Writes ready-made documents into a store. */
final class StoreFixture {
    private StoreFixture() {
    }

    static List<IngestOutcome> write(Path storeDir, Document... documents) {
        return write(StoreAddress.directory(storeDir), documents);
    }

    static List<IngestOutcome> write(StoreAddress address, Document... documents) {
        try (KroniekStore store = KroniekStore.openForWriting(address);
             StoreWriter writer = new StoreWriter(store, WriterSettings.defaults(), new IngestListener() { }, "test")) {
            return java.util.Arrays.stream(documents).map(writer::add).toList();
        }
    }
}
