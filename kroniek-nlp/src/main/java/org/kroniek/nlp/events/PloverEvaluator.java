package org.kroniek.nlp.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;
import org.kroniek.core.Event;
import org.kroniek.core.Pipeline;

/**
 * Scores the English pipeline on the PLOVER gold standard record ({@code PLOVER_GSR_CAMEO.json}, CC BY-SA 4.0,
 * read from ../shared at evaluation time only): each gold sentence codes one event. The system's main event of a
 * sentence is its first non-STATEMENT event (else a STATEMENT): news sentences lead with what happened. The type is
 * right when its PLOVER coding ({@link PloverCoding}: "will withdraw" is AGREE) equals the gold type, with the GSR's
 * older names mapped to today's PLOVER roots (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT ->
 * ASSAULT); kroniek's own type is scored too, without that translation. The sentences with an odd number are the
 * half the lexicon and rules were tuned on; the even ones are held out. An actor or target is right when it shares
 * a word, or its code's country part, with one of the gold source or target actors.
 */
public final class PloverEvaluator {
    private static final Map<String, String> OLD_NAMES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "of", "and", "a", "an", "in", "s", "'s");

    private PloverEvaluator() {
    }

    public static PloverScores evaluate(Path goldFile, Pipeline pipeline) throws IOException {
        JsonNode root = DocumentJson.mapper().readTree(goldFile.toFile());
        int sentences = 0;
        int typeRight = 0;
        int typeRightUncoded = 0;
        int tuneSentences = 0;
        int tuneRight = 0;
        int withEvent = 0;
        int actorRight = 0;
        int targetTotal = 0;
        int targetRight = 0;
        Map<String, int[]> perType = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode item : root) {
            String goldType = item.path("event").asText();
            if (goldType.equals("DOCUMENT") || !item.hasNonNull("text")) {
                continue;
            }
            goldType = OLD_NAMES.getOrDefault(goldType, goldType);
            sentences++;
            Document doc = new Document(item.path("id").asText(), item.path("text").asText());
            doc.setLanguage("en");
            if (item.hasNonNull("date")) {
                doc.setDct(item.path("date").asText());
                doc.setDctGranularity(DctGranularity.DAY);
            }
            pipeline.process(doc);
            Event main = mainEvent(doc.getEvents());
            int[] counts = perType.computeIfAbsent(goldType, k -> new int[2]);
            counts[0]++;
            if (main != null) {
                withEvent++;
            }
            boolean tune = isTuningHalf(doc.getId());
            if (tune) {
                tuneSentences++;
            }
            String coded = main == null ? null : PloverCoding.code(main.type(), main.mode());
            if (main != null && main.type().equals(goldType)) {
                typeRightUncoded++;
            }
            if (goldType.equals(coded)) {
                typeRight++;
                counts[1]++;
                if (tune) {
                    tuneRight++;
                }
            } else {
                problems.add(doc.getId() + ": gold " + goldType + ", got " + (main == null ? "nothing"
                        : coded + " (" + main.type() + ", " + main.mode() + ") '" + main.trigger().text() + "'"));
            }
            if (main != null && names(main.actor(), item.path("source"))) {
                actorRight++;
            }
            if (hasActors(item.path("target"))) {
                targetTotal++;
                if (main != null && names(main.target(), item.path("target"))) {
                    targetRight++;
                }
            }
        }
        return new PloverScores(goldFile.toString(), sentences, typeRight, typeRightUncoded, tuneSentences, tuneRight,
                withEvent, actorRight, targetTotal, targetRight, perType, problems);
    }

    static Event mainEvent(List<Event> events) {
        Comparator<Event> order = Comparator.comparing((Event e) -> !e.type().equals(EventTypes.STATEMENT))
                .thenComparing(e -> -e.trigger().start());
        return events.stream().max(order).orElse(null);
    }

    /** The tuning half: gold ids whose number is odd ("PLOVER-GSR01-AGREE-0011"). */
    static boolean isTuningHalf(String id) {
        int end = id.length();
        int start = end;
        while (start > 0 && Character.isDigit(id.charAt(start - 1))) {
            start--;
        }
        return start < end && (id.charAt(end - 1) - '0') % 2 == 1;
    }

    private static boolean hasActors(JsonNode actors) {
        return actors.isArray() && !actors.isEmpty();
    }

    /** Whether a system actor names one of the gold actors: the same code, or a shared content word. */
    static boolean names(String system, JsonNode goldActors) {
        if (system == null || !goldActors.isArray()) {
            return false;
        }
        List<String> words = contentWords(system);
        // A linked actor is a CAMEO-style code ("HUN:GOV", "IGO:UN"); the gold gives "HUN" plus a sector.
        String country = system.contains(":") ? system.substring(0, system.indexOf(':')) : system;
        for (JsonNode actor : goldActors) {
            String code = actor.path("code").asText("");
            if (!code.isEmpty() && (system.equals(code) || country.equals(code)
                    || system.equals(code + ":" + actor.path("sector").asText("")))) {
                return true;
            }
            List<String> gold = contentWords(actor.path("actorText").asText(""));
            for (String w : words) {
                if (gold.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> contentWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !NOT_NAME_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
