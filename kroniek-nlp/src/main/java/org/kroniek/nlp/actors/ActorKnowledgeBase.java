package org.kroniek.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors kroniek knows: countries, international organisations, places, organisations and people, with the
 * names (Dutch and English), acronyms, adjectives and demonyms that stand for them and their roles over time.
 * Loaded from editable text files ({@code *.kb}, see docs/FORMATS.md): the shipped ones, then any the user
 * adds. An entry in a later file replaces an earlier entry with the same id, or with the same type and
 * canonical name. Immutable once built; lookups are hash lookups, safe from any thread.
 */
public final class ActorKnowledgeBase {
    /** System property naming extra knowledge-base files (separated by the path separator). */
    public static final String FILES_PROPERTY = "kroniek.actors";
    /** Environment variable naming extra knowledge-base files, used when the property is not set. */
    public static final String FILES_ENV = "KRONIEK_ACTORS";

    /** The shipped files, lowest precedence first: the PETRARCH2-derived base, then kroniek's own. */
    static final List<String> SHIPPED = List.of("petrarch-actors.kb", "countries.kb", "places.kb", "igos.kb",
            "organisations.kb", "people.kb");

    private static volatile ActorKnowledgeBase shipped;

    private final Map<String, Actor> byId;
    private final Map<String, List<NameMatch>> byName;
    private final Map<String, List<Actor>> bySurname;
    private final Map<String, List<Actor>> byGivenName;
    private final Map<String, List<Actor>> byDescription;
    private final Map<Actor, String> surnameKeys = new java.util.IdentityHashMap<>();

    /** A name lookup result: the actor and how the name stands for it. */
    public record NameMatch(Actor actor, NameKind kind) {
    }

    private ActorKnowledgeBase(Collection<ActorEntry> entries) {
        byId = new HashMap<>();
        byName = new HashMap<>();
        bySurname = new HashMap<>();
        byGivenName = new HashMap<>();
        byDescription = new HashMap<>();
        for (ActorEntry entry : entries) {
            Actor actor = entry.actor();
            byId.put(actor.id(), actor);
            for (ActorEntry.Name name : entry.names()) {
                String key = NameKey.of(name.text());
                if (key.isEmpty()) {
                    continue;
                }
                List<NameMatch> matches = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (matches.stream().noneMatch(m -> m.actor() == actor)) {
                    matches.add(new NameMatch(actor, name.kind()));
                }
                if (actor.type() == ActorType.PER && (name.kind() == NameKind.NAME || name.kind() == NameKind.ALIAS)) {
                    indexPersonName(actor, key);
                }
            }
            for (String description : entry.descriptions()) {
                byDescription.computeIfAbsent(NameKey.of(description), k -> new ArrayList<>(1)).add(actor);
            }
        }
    }

    private void indexPersonName(Actor actor, String key) {
        int space = key.lastIndexOf(' ');
        if (space < 0) {
            return;
        }
        addOnce(bySurname, key.substring(space + 1), actor);
        addOnce(byGivenName, key.substring(0, key.indexOf(' ')), actor);
        surnameKeys.putIfAbsent(actor, NameKey.of(actor.canonical()).substring(
                NameKey.of(actor.canonical()).lastIndexOf(' ') + 1));
        // "al-Assad", "de Mistura", "van der Linden": the surname with its particles is a surname too
        int particles = Surnames.particleStart(key);
        if (particles > 0) {
            addOnce(bySurname, key.substring(particles), actor);
        }
    }

    private static void addOnce(Map<String, List<Actor>> index, String key, Actor actor) {
        List<Actor> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Actor known : list) {
            if (known == actor) {
                return;
            }
        }
        list.add(actor);
    }

    /**
     * The shipped knowledge base plus the files named by the {@value #FILES_PROPERTY} system property or the
     * {@value #FILES_ENV} environment variable; loaded once and shared.
     */
    public static ActorKnowledgeBase shipped() {
        ActorKnowledgeBase kb = shipped;
        if (kb == null) {
            synchronized (ActorKnowledgeBase.class) {
                kb = shipped;
                if (kb == null) {
                    kb = load(configuredFiles());
                    shipped = kb;
                }
            }
        }
        return kb;
    }

    /** The shipped knowledge base plus the user's files (later files win). */
    public static ActorKnowledgeBase load(List<Path> extraFiles) {
        Map<String, ActorEntry> entries = new LinkedHashMap<>();
        Map<String, String> idByTypeAndName = new HashMap<>();
        int rank = 0;
        for (String resource : SHIPPED) {
            try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                readInto(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), rank++,
                        entries, idByTypeAndName);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        for (Path file : extraFiles) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readInto(file.toString(), in, rank++, entries, idByTypeAndName);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the actor file " + file, e);
            }
        }
        return new ActorKnowledgeBase(entries.values());
    }

    /** A knowledge base of the given file contents only (for tests and tools). */
    public static ActorKnowledgeBase of(String... fileContents) {
        Map<String, ActorEntry> entries = new LinkedHashMap<>();
        Map<String, String> idByTypeAndName = new HashMap<>();
        for (int i = 0; i < fileContents.length; i++) {
            try {
                readInto("text " + i, new BufferedReader(new StringReader(fileContents[i])), i, entries,
                        idByTypeAndName);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ActorKnowledgeBase(entries.values());
    }

    private static void readInto(String source, BufferedReader in, int rank, Map<String, ActorEntry> entries,
                                 Map<String, String> idByTypeAndName) throws IOException {
        ActorFileReader.read(source, in, rank, entry -> {
            Actor actor = entry.actor();
            String sameName = actor.type() + " " + NameKey.of(actor.canonical());
            String replaced = idByTypeAndName.put(sameName, actor.id());
            if (replaced != null && !replaced.equals(actor.id()) && entries.get(replaced) != null
                    && entries.get(replaced).actor().rank() < rank) {
                entries.remove(replaced);
            }
            entries.remove(actor.id());
            entries.put(actor.id(), entry);
        });
    }

    /** The files named by the {@value #FILES_PROPERTY} property or the {@value #FILES_ENV} variable. */
    public static List<Path> configuredFiles() {
        String value = System.getProperty(FILES_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(FILES_ENV);
        }
        List<Path> files = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    files.add(Path.of(part.strip()));
                }
            }
        }
        return files;
    }

    public Actor byId(String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    /** Every actor one of whose names has this key ({@link NameKey}), best-ranked file first. */
    public List<NameMatch> lookup(String name) {
        return lookupKey(NameKey.of(name));
    }

    List<NameMatch> lookupKey(String key) {
        return byName.getOrDefault(key, List.of());
    }

    /** People whose name ends in this surname (key form). */
    List<Actor> bySurname(String surnameKey) {
        return bySurname.getOrDefault(surnameKey, List.of());
    }

    /** People whose name starts with this given name (key form). */
    List<Actor> byGivenName(String givenNameKey) {
        return byGivenName.getOrDefault(givenNameKey, List.of());
    }

    /** The last word of a person's canonical name, as a key (for near-spelling matches). */
    String surnameKey(Actor person) {
        return surnameKeys.getOrDefault(person, "");
    }

    /** Actors a description such as {@code rebellenkoepel} may stand for. */
    List<Actor> byDescription(String descriptionKey) {
        return byDescription.getOrDefault(descriptionKey, List.of());
    }

    /** The longest name (in words) in the knowledge base, bounding dictionary matching. */
    int longestNameWords() {
        int longest = 1;
        for (String key : byName.keySet()) {
            int words = 1;
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) == ' ') {
                    words++;
                }
            }
            longest = Math.max(longest, words);
        }
        return longest;
    }
}
