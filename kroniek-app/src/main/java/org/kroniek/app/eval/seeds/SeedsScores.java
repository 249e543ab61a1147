package org.kroniek.app.eval.seeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.nlp.eval.EvalReport;

/** What {@code kroniek eval seeds} measured, with every miss listed so that a regression can be read off. */
public record SeedsScores(String goldFile, int metadataChecks, int metadataRight, int entityCorrect,
                          int entitySpurious, int entityMissed, int actorTotal, int actorRight, int canonicalRight,
                          int timexTotal, int timexRight, int timexSpurious,
                          int eventCoreTotal, int eventCoreFound, int eventSystem, int eventSystemCorrect,
                          List<String> problems) implements EvalReport {

    /** Share of the core reference events found (trigger overlaps, same type, same actor code or name). */
    public double eventCoreRecall() {
        return ratio(eventCoreFound, eventCoreTotal);
    }

    /** Share of the system's events that match a reference event, core or not. */
    public double eventPrecision() {
        return ratio(eventSystemCorrect, eventSystem);
    }

    public double entityPrecision() {
        return ratio(entityCorrect, entityCorrect + entitySpurious);
    }

    public double entityRecall() {
        return ratio(entityCorrect, entityCorrect + entityMissed);
    }

    public double entityF1() {
        double p = entityPrecision();
        double r = entityRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of the required reference entities found with the right span whose actor code is right. */
    public double actorAccuracy() {
        return ratio(actorRight, actorTotal);
    }

    /** Share of the same entities whose canonical name is right. */
    public double canonicalAccuracy() {
        return ratio(canonicalRight, actorTotal);
    }

    public double timexAccuracy() {
        return ratio(timexRight, timexTotal);
    }

    @Override
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold", goldFile);
        json.put("metadata_checks", metadataChecks);
        json.put("metadata_right", metadataRight);
        json.put("entity_precision", round(entityPrecision()));
        json.put("entity_recall", round(entityRecall()));
        json.put("entity_f1", round(entityF1()));
        json.put("entity_correct", entityCorrect);
        json.put("entity_spurious", entitySpurious);
        json.put("entity_missed", entityMissed);
        json.put("actor_total", actorTotal);
        json.put("actor_right", actorRight);
        json.put("actor_accuracy", round(actorAccuracy()));
        json.put("canonical_right", canonicalRight);
        json.put("canonical_accuracy", round(canonicalAccuracy()));
        json.put("timex_total", timexTotal);
        json.put("timex_right", timexRight);
        json.put("timex_accuracy", round(timexAccuracy()));
        json.put("timex_spurious", timexSpurious);
        json.put("event_core_recall", round(eventCoreRecall()));
        json.put("event_precision", round(eventPrecision()));
        json.put("event_core_total", eventCoreTotal);
        json.put("event_core_found", eventCoreFound);
        json.put("event_system", eventSystem);
        json.put("event_system_correct", eventSystemCorrect);
        json.put("problems", problems);
        return json;
    }

    @Override
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append("Seed articles against ").append(goldFile).append('\n');
        out.append(String.format(Locale.ROOT, "metadata and headings  %d/%d right%n", metadataRight, metadataChecks));
        out.append(String.format(Locale.ROOT, "entities               P %.3f  R %.3f  F1 %.3f  (%d correct, %d extra, %d missed)%n",
                entityPrecision(), entityRecall(), entityF1(), entityCorrect, entitySpurious, entityMissed));
        out.append(String.format(Locale.ROOT, "actor codes            %.3f  (%d/%d of the entities found with the right span)%n",
                actorAccuracy(), actorRight, actorTotal));
        out.append(String.format(Locale.ROOT, "canonical names        %.3f  (%d/%d)%n", canonicalAccuracy(),
                canonicalRight, actorTotal));
        out.append(String.format(Locale.ROOT, "time expressions       %d/%d with an accepted value, %d extra%n",
                timexRight, timexTotal, timexSpurious));
        out.append(String.format(Locale.ROOT, "events                 core recall %.3f (%d/%d)  precision %.3f (%d/%d)%n",
                eventCoreRecall(), eventCoreFound, eventCoreTotal, eventPrecision(), eventSystemCorrect, eventSystem));
        if (!problems.isEmpty()) {
            out.append("\nproblems:\n");
            problems.forEach(p -> out.append("  ").append(p).append('\n'));
        }
        return out.toString();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    /** Collects counts and problems while the evaluator walks the documents. */
    static final class Builder {
        private final String goldFile;
        private final List<String> problems = new ArrayList<>();
        private int metadataChecks;
        private int metadataRight;
        private int entityCorrect;
        private int entitySpurious;
        private int entityMissed;
        private int actorTotal;
        private int actorRight;
        private int canonicalRight;
        private int timexTotal;
        private int timexRight;
        private int timexSpurious;
        private int eventCoreTotal;
        private int eventCoreFound;
        private int eventSystem;
        private int eventSystemCorrect;

        Builder(String goldFile) {
            this.goldFile = goldFile;
        }

        void metadata(boolean right, String problem) {
            metadataChecks++;
            if (right) {
                metadataRight++;
            } else {
                problems.add(problem);
            }
        }

        void entityCorrect() {
            entityCorrect++;
        }

        void entitySpurious(String problem) {
            entitySpurious++;
            problems.add(problem);
        }

        void entityMissed(String problem) {
            entityMissed++;
            problems.add(problem);
        }

        void actor(boolean right, String problem) {
            actorTotal++;
            if (right) {
                actorRight++;
            } else {
                problems.add(problem);
            }
        }

        void canonical(boolean right, String problem) {
            if (right) {
                canonicalRight++;
            } else {
                problems.add(problem);
            }
        }

        void timex(boolean right, String problem) {
            timexTotal++;
            if (right) {
                timexRight++;
            } else {
                problems.add(problem);
            }
        }

        void timexSpurious(String problem) {
            timexSpurious++;
            problems.add(problem);
        }

        void eventCore(boolean found, String problem) {
            eventCoreTotal++;
            if (found) {
                eventCoreFound++;
            } else {
                problems.add(problem);
            }
        }

        void eventSystem(boolean correct, String problem) {
            eventSystem++;
            if (correct) {
                eventSystemCorrect++;
            } else {
                problems.add(problem);
            }
        }

        void note(String problem) {
            problems.add(problem);
        }

        SeedsScores build() {
            return new SeedsScores(goldFile, metadataChecks, metadataRight, entityCorrect, entitySpurious,
                    entityMissed, actorTotal, actorRight, canonicalRight, timexTotal, timexRight, timexSpurious,
                    eventCoreTotal, eventCoreFound, eventSystem, eventSystemCorrect, List.copyOf(problems));
        }
    }
}
