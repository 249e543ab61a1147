package org.kroniek.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How precisely the document creation time is known; later stages must not invent precision. */
public enum DctGranularity {
    YEAR, MONTH, DAY, MINUTE, SECOND, UNKNOWN;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DctGranularity fromJson(String value) {
        return value == null ? UNKNOWN : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
