package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kroniek.nlp.eval.EvalReport;

/**
 * What {@code kroniek eval plover} measured: event type, actor and target accuracy per gold-coded sentence.
 * {@code typeRight} counts the main events whose PLOVER coding ({@link PloverCoding}) is the gold type,
 * {@code typeRightUncoded} those whose own kroniek type is; {@code tune*} are the odd-numbered half the rules were
 * tuned on, the rest is held out.
 */
public record PloverScores(String goldFile, int sentences, int typeRight, int typeRightUncoded, int tuneSentences,
                           int tuneRight, int withEvent, int actorRight, int targetTotal, int targetRight,
                           Map<String, int[]> perType, List<String> problems)
        implements EvalReport {

    /** Event type accuracy under the PLOVER coding convention (intentions to cooperate are AGREE, ...). */
    public double eventTypeAccuracy() {
        return ratio(typeRight, sentences);
    }

    /** Event type accuracy of kroniek's own types, without the (type, mode) translation. */
    public double eventTypeAccuracyUncoded() {
        return ratio(typeRightUncoded, sentences);
    }

    public double tuneAccuracy() {
        return ratio(tuneRight, tuneSentences);
    }

    public double heldOutAccuracy() {
        return ratio(typeRight - tuneRight, sentences - tuneSentences);
    }

    /** Sentences whose main event's actor names one of the gold source actors. */
    public double actorAccuracy() {
        return ratio(actorRight, sentences);
    }

    /** Of the sentences with a gold target, those whose main event's target names one of them. */
    public double targetAccuracy() {
        return ratio(targetRight, targetTotal);
    }

    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold", goldFile);
        json.put("sentences", sentences);
        json.put("with_event", withEvent);
        json.put("event_type_accuracy", round(eventTypeAccuracy()));
        json.put("event_type_right", typeRight);
        json.put("event_type_accuracy_uncoded", round(eventTypeAccuracyUncoded()));
        json.put("event_type_right_uncoded", typeRightUncoded);
        json.put("tune_half_accuracy", round(tuneAccuracy()));
        json.put("tune_half_right", tuneRight);
        json.put("tune_half_sentences", tuneSentences);
        json.put("held_out_half_accuracy", round(heldOutAccuracy()));
        json.put("held_out_half_right", typeRight - tuneRight);
        json.put("held_out_half_sentences", sentences - tuneSentences);
        json.put("actor_accuracy", round(actorAccuracy()));
        json.put("actor_right", actorRight);
        json.put("target_accuracy", round(targetAccuracy()));
        json.put("target_total", targetTotal);
        json.put("target_right", targetRight);
        Map<String, Object> types = new TreeMap<>();
        perType.forEach((type, counts) -> types.put(type, Map.of("total", counts[0], "right", counts[1])));
        json.put("per_type", types);
        json.put("problems", problems);
        return json;
    }

    @Override
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append("PLOVER gold-coded sentences from ").append(goldFile).append('\n');
        out.append(String.format(Locale.ROOT, "sentences              %d (%d with an event found)%n", sentences, withEvent));
        out.append(String.format(Locale.ROOT, "event type accuracy    %.3f (%d/%d) PLOVER coding of (type, mode)%n",
                eventTypeAccuracy(), typeRight, sentences));
        out.append(String.format(Locale.ROOT, "  tuning half (odd)    %.3f (%d/%d)%n", tuneAccuracy(), tuneRight,
                tuneSentences));
        out.append(String.format(Locale.ROOT, "  held-out half (even) %.3f (%d/%d)%n", heldOutAccuracy(),
                typeRight - tuneRight, sentences - tuneSentences));
        out.append(String.format(Locale.ROOT, "  kroniek type alone   %.3f (%d/%d) without the translation%n",
                eventTypeAccuracyUncoded(), typeRightUncoded, sentences));
        out.append(String.format(Locale.ROOT, "actor accuracy         %.3f (%d/%d)%n", actorAccuracy(), actorRight,
                sentences));
        out.append(String.format(Locale.ROOT, "target accuracy        %.3f (%d/%d)%n", targetAccuracy(), targetRight,
                targetTotal));
        out.append("\nper gold type (right/total):\n");
        perType.forEach((type, c) -> out.append(String.format(Locale.ROOT, "  %-10s %3d/%3d%n", type, c[1], c[0])));
        return out.toString();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    static List<String> newProblems() {
        return new ArrayList<>();
    }
}
