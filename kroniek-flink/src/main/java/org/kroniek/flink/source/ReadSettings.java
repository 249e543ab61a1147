package org.kroniek.flink.source;

import java.io.Serializable;
import org.kroniek.ingest.InputFormat;
import org.kroniek.ingest.ReaderOptions;

/** The reader options of {@code kroniek ingest} in a form Flink can ship to its task managers. */
public record ReadSettings(long maxBytes, String date, String format) implements Serializable {
    public static ReadSettings of(ReaderOptions options) {
        return new ReadSettings(options.maxBytes(), options.date(), options.format());
    }

    public ReaderOptions readerOptions() {
        return new ReaderOptions(maxBytes, date, format);
    }

    /** A forced format reads every file of a directory, whatever its extension (as the embedded ingest does). */
    boolean anyExtension() {
        return InputFormat.parse(format).orElse(InputFormat.AUTO) != InputFormat.AUTO;
    }
}
