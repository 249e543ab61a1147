package org.kroniek.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the "-world" name lists (places, persons, surnames, organisations) from the PETRARCH2 actor
 * dictionaries (MIT licence). Run once by hand; the output ships as resources so training and tagging do
 * not need the dictionaries:
 * {@code java ... PetrarchNameLists ../shared/data/petrarch2-dictionaries kroniek-nlp/src/main/resources/org/kroniek/nlp/ner}
 */
public final class PetrarchNameLists {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern DATED = Pattern.compile("\\d{6}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private PetrarchNameLists() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Set<String> places = new TreeSet<>();
        Set<String> persons = new TreeSet<>();
        Set<String> surnames = new TreeSet<>();
        Set<String> orgs = new TreeSet<>();
        for (String file : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt")) {
            List<String> names = new java.util.ArrayList<>();
            StringBuilder codes = new StringBuilder();
            for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                boolean head = !line.startsWith("+") && !Character.isWhitespace(line.charAt(0)) && !l.startsWith("[");
                if (head) {
                    classify(file, names, codes.toString(), places, persons, surnames, orgs);
                    names.clear();
                    codes.setLength(0);
                }
                String body = l.startsWith("+") ? l.substring(1) : l;
                int cut = body.length();
                for (char c : new char[] {'#', '[', '\t', ' '}) {
                    int i = body.indexOf(c);
                    if (i >= 0 && i < cut) {
                        cut = i;
                    }
                }
                String name = body.substring(0, cut).replace('_', ' ').strip();
                if (!name.isEmpty() && !l.startsWith("[")) {
                    names.add(name);
                }
                String comment = l.contains("#") ? l.substring(l.indexOf('#')) : "";
                Matcher m = CODE.matcher(l.replace(comment, ""));
                while (m.find()) {
                    codes.append('[').append(m.group(1)).append(']');
                }
                if (comment.contains("CountryInfo") || comment.contains("rulers")) {
                    codes.append("[PERSON 000000]");
                }
            }
            classify(file, names, codes.toString(), places, persons, surnames, orgs);
        }
        write(out.resolve("gazetteer-loc-world.txt"), places);
        write(out.resolve("gazetteer-per-world.txt"), persons);
        write(out.resolve("gazetteer-surname-world.txt"), surnames);
        write(out.resolve("gazetteer-org-world.txt"), orgs);
    }

    private static void classify(String file, List<String> names, String codes, Set<String> places,
                                 Set<String> persons, Set<String> surnames, Set<String> orgs) {
        if (names.isEmpty()) {
            return;
        }
        boolean person = DATED.matcher(codes).find();
        boolean place = !person && file.contains("Countries") && codes.length() == 5
                && COUNTRY.matcher(codes.substring(1, 4)).matches();
        for (String raw : names) {
            String name = titleCase(raw);
            if (name.length() < 3 || name.split(" ").length > Gazetteer.MAX_TOKENS) {
                continue;
            }
            if (person) {
                persons.add(name);
                String[] parts = name.split(" ");
                String last = parts[parts.length - 1];
                if (parts.length > 1 && last.length() >= 4 && !last.contains(".")) {
                    surnames.add(last);
                }
            } else if (place) {
                places.add(name);
            } else if (!file.contains("Countries")) {
                orgs.add(name);
            }
        }
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    private static void write(Path file, Set<String> names) throws IOException {
        StringBuilder b = new StringBuilder("# Derived by PetrarchNameLists from the PETRARCH2 actor dictionaries\n"
                + "# (Copyright (c) 2014 Open Event Data Alliance, MIT licence; see NOTE.md).\n");
        for (String n : names) {
            b.append(n).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }
}
