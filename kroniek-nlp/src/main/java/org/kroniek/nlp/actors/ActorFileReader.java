package org.kroniek.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads knowledge-base files ({@code *.kb}, UTF-8; the format is described in docs/FORMATS.md). One actor per
 * line: an id, then {@code key=value} fields separated by tabs (or two or more spaces); list values are
 * separated by {@code |}; {@code #} starts a comment line.
 *
 * <pre>
 * rus  type=COUNTRY  code=RUS  name=Russia  nl=Rusland  en=Russia|Russian Federation  adj=Russisch|Russische|Russian
 * sergey-lavrov  type=PER  name=Sergey Lavrov  nl=Sergej Lavrov  role=RUS:GOV 2004-03-09.. foreign minister
 * </pre>
 */
final class ActorFileReader {
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\t+| {2,}");

    private ActorFileReader() {
    }

    static void read(String source, BufferedReader in, int rank, Consumer<ActorEntry> sink) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                sink.accept(parse(trimmed, rank));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
    }

    static ActorEntry parse(String line, int rank) {
        String[] fields = line.indexOf("  ") < 0 ? split(line, '\t') : FIELD_SEPARATOR.split(line);
        String id = fields[0];
        if (id.contains("=")) {
            throw new IllegalArgumentException("a line starts with the actor's id, not '" + id + "'");
        }
        ActorType type = null;
        String canonical = null;
        String code = null;
        String capital = null;
        String metonym = null;
        String nerType = null;
        List<ActorRole> roles = new ArrayList<>();
        List<ActorEntry.Name> names = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
            String field = fields[i];
            int eq = field.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + field + "'");
            }
            String key = field.substring(0, eq).strip();
            String value = field.substring(eq + 1).strip();
            switch (key) {
                case "type" -> type = ActorType.valueOf(value.toUpperCase(Locale.ROOT));
                case "name" -> canonical = value;
                case "code" -> code = value.isEmpty() ? null : value;
                case "capital" -> capital = value;
                case "metonym" -> metonym = value;
                case "ner" -> nerType = value;
                case "nl", "en", "de", "fr", "names" -> addNames(names, value, NameKind.NAME);
                case "alias" -> addNames(names, value, NameKind.ALIAS);
                case "acr" -> addNames(names, value, NameKind.ACRONYM);
                case "adj" -> addNames(names, value, NameKind.ADJECTIVE);
                case "dem" -> addNames(names, value, NameKind.DEMONYM);
                case "desc" -> descriptions.addAll(list(value));
                case "role" -> list(value).forEach(r -> roles.add(role(r)));
                default -> throw new IllegalArgumentException("unknown field '" + key + "'");
            }
        }
        if (type == null || canonical == null) {
            throw new IllegalArgumentException("actor " + id + " needs type= and name=");
        }
        names.add(0, new ActorEntry.Name(canonical, NameKind.NAME));
        Actor actor = new Actor(id, type, canonical, code, roles, capital, metonym, nerType, rank);
        return new ActorEntry(actor, names, descriptions);
    }

    /** {@code RUS:GOV}, {@code RUS:GOV 2004-03-09..}, {@code RUS:GOV 1994-09-22..2004-07-12 UN ambassador}. */
    static ActorRole role(String text) {
        String[] parts = text.strip().split("\\s+", 3);
        String code = parts[0];
        LocalDate from = null;
        LocalDate to = null;
        String title = null;
        int next = 1;
        if (parts.length > 1 && parts[1].contains("..")) {
            String span = parts[1];
            int dots = span.indexOf("..");
            from = date(span.substring(0, dots), false);
            to = date(span.substring(dots + 2), true);
            next = 2;
        }
        if (parts.length > next) {
            title = String.join(" ", java.util.Arrays.copyOfRange(parts, next, parts.length));
        }
        return new ActorRole(code, from, to, title);
    }

    /** A day; a year or month alone means its first day, or its last when it ends a span. */
    private static LocalDate date(String text, boolean end) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return switch (text.length()) {
                case 4 -> end ? LocalDate.of(Integer.parseInt(text), 12, 31) : LocalDate.of(Integer.parseInt(text), 1, 1);
                case 7 -> {
                    LocalDate first = LocalDate.parse(text + "-01");
                    yield end ? first.plusMonths(1).minusDays(1) : first;
                }
                case 10 -> LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                        Integer.parseInt(text.substring(8, 10)));
                default -> LocalDate.parse(text);
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("bad date '" + text + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    private static void addNames(List<ActorEntry.Name> names, String value, NameKind kind) {
        for (String name : list(value)) {
            names.add(new ActorEntry.Name(name, kind));
        }
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String item : split(value, '|')) {
            if (!item.isBlank()) {
                out.add(item.strip());
            }
        }
        return out;
    }

    /** Splits on one character, dropping empty parts (faster than a regex on large files). */
    private static String[] split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                if (i > from) {
                    parts.add(text.substring(from, i));
                }
                from = i + 1;
            }
        }
        return parts.toArray(String[]::new);
    }
}
