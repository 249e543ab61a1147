package org.kroniek.app.eval.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The UCI News Aggregator CSV (ID, TITLE, URL, PUBLISHER, CATEGORY, STORY, HOSTNAME, TIMESTAMP), read in
 * timestamp order. Rows that are cut short (the sample's last line is) are counted and skipped.
 */
public record UciHeadlines(List<Headline> headlines, int skipped) {

    public record Headline(String id, String title, String story, long timestamp) {
        /** Fractional epoch days, as the clusterer measures time. */
        public double days() {
            return timestamp / 86_400_000.0;
        }
    }

    public static UciHeadlines read(Path csv) throws IOException {
        List<Headline> rows = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || !line.startsWith("ID,TITLE")) {
                throw new IOException(csv + " is not the UCI News Aggregator CSV (header ID,TITLE,...,STORY,...)");
            }
            while ((line = in.readLine()) != null) {
                List<String> fields = fields(line);
                if (fields.size() != 8 || !fields.get(7).matches("\\d+")) {
                    skipped++;
                    continue;
                }
                rows.add(new Headline(fields.get(0), fields.get(1), fields.get(5), Long.parseLong(fields.get(7))));
            }
        }
        // Stable: rows with one timestamp keep file order.
        rows.sort(Comparator.comparingLong(Headline::timestamp));
        return new UciHeadlines(List.copyOf(rows), skipped);
    }

    /** One CSV line: commas separate, double quotes enclose, "" inside quotes is a quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return quoted ? List.of() : fields;
    }
}
