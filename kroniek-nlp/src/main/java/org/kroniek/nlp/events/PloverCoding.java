package org.kroniek.nlp.events;

import java.util.Set;

/**
 * Translates kroniek's (type, mode) pair into the type the CAMEO/PLOVER coding convention gives the same words.
 * kroniek keeps what is done apart from how sure it is ("will withdraw" is RETREAT, planned); the convention folds
 * the mode into the type: an intention or plan to cooperate is AGREE (CAMEO 03, "express intent to ..."), an
 * intention or plan to use force, sanctions or protest is THREATEN (CAMEO 13), and a refused or negated act of
 * cooperation is REJECT (CAMEO 12, "decline to ..."). Negated hostile acts and everything asserted or reported keep
 * their type. Deterministic and lossless for export: the original pair stays on the event.
 */
public final class PloverCoding {
    /** Verbal and material cooperation: the PLOVER roots whose intention CAMEO codes as 03x. */
    private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID",
            "CONCEDE", "RETREAT");
    /** Material conflict and dissent: the roots whose intention CAMEO codes as 13x. */
    private static final Set<String> HOSTILE = Set.of("ASSAULT", "COERCE", "SANCTION", "SEIZE", "MOBILIZE",
            "PROTEST");

    private PloverCoding() {
    }

    /** The PLOVER-convention type of an event with this kroniek type and mode. */
    public static String code(String type, String mode) {
        if (type == null || mode == null) {
            return type;
        }
        boolean future = mode.equals(Modes.INTENDED) || mode.equals(Modes.PLANNED);
        if (COOPERATIVE.contains(type)) {
            if (mode.equals(Modes.NEGATED)) {
                return "REJECT";
            }
            return future ? "AGREE" : type;
        }
        if (HOSTILE.contains(type) && future) {
            return "THREATEN";
        }
        return type;
    }
}
