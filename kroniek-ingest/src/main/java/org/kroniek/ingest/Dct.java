package org.kroniek.ingest;

import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;

/** A document creation time as an ISO-8601 prefix ({@code 2016-12-27T12:57}) and how precise it is. */
public record Dct(String value, DctGranularity granularity) {
    public void applyTo(Document document) {
        document.setDct(value);
        document.setDctGranularity(granularity);
    }
}
