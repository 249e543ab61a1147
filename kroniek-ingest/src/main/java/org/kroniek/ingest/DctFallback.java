package org.kroniek.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;

/**
 * Gives a DCT to documents whose input carried none (plain text, a page without date meta tags): the
 * {@code --date} option, else the file's modification day, else none. Metadata {@code dctSource} says which,
 * so that nobody mistakes a copy date for a publication date.
 */
final class DctFallback {
    static final String KEY = "dctSource";

    private final Optional<Dct> optionDate;
    private final ZoneId zone;

    DctFallback(Optional<Dct> optionDate, ZoneId zone) {
        this.optionDate = optionDate;
        this.zone = zone;
    }

    void apply(Document document, Instant lastModified) {
        if (document.getDct() != null) {
            return;
        }
        if (optionDate.isPresent()) {
            optionDate.get().applyTo(document);
            document.getMetadata().put(KEY, "option");
        } else if (lastModified != null) {
            // Only the day: the time a file was last written says little about the minute an article appeared.
            DctParser.ofDate(LocalDate.ofInstant(lastModified, zone)).applyTo(document);
            document.getMetadata().put(KEY, "file-mtime");
        } else {
            document.setDctGranularity(DctGranularity.UNKNOWN);
            document.getMetadata().put(KEY, "unknown");
        }
    }
}
