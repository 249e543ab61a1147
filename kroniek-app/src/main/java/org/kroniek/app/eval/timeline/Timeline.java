package org.kroniek.app.eval.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One SemEval-2015 Task 4 timeline: the target entity on the first line, then one row per event with its
 * position (0 = not ordered), its date ({@code 2005-01-18}, {@code 2007-XX-XX}, {@code XXXX-XX-XX}) and its
 * mentions ({@code docid-sentence-token}, coreferent mentions of one event on one row, tab-separated).
 */
public record Timeline(String entity, List<Row> rows) {
    public static final String NO_DATE = "XXXX-XX-XX";

    public record Row(int position, String date, List<String> mentions) {
        public Row {
            mentions = List.copyOf(mentions);
        }
    }

    public Timeline {
        rows = List.copyOf(rows);
    }

    public static Timeline read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IOException(file + ": empty timeline (the first line names the target entity)");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 3 || !fields[0].matches("\\d+")) {
                throw new IOException(file + " line " + (i + 1) + ": expected POSITION<TAB>DATE<TAB>MENTION..., got '"
                        + line + "'");
            }
            rows.add(new Row(Integer.parseInt(fields[0]), fields[1],
                    Arrays.asList(fields).subList(2, fields.length)));
        }
        return new Timeline(lines.get(0).strip(), rows);
    }

    /** The task's own file format, so a built timeline can be compared with the gold by eye or by another scorer. */
    public String format() {
        StringBuilder out = new StringBuilder(entity).append('\n');
        for (Row row : rows) {
            out.append(row.position()).append('\t').append(row.date());
            row.mentions().forEach(m -> out.append('\t').append(m));
            out.append('\n');
        }
        return out.toString();
    }
}
