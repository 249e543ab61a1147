package org.kroniek.store.sql;

import java.util.List;

/** One step of the schema: applied once, in order, in its own transaction, and recorded in {@code schema_version}. */
public record Migration(int version, String description, List<String> statements) {
}
