package org.kroniek.nlp.events;

import java.util.Set;

/** The event types kroniek codes: the sixteen PLOVER root types plus STATEMENT and SEIZE. */
public final class EventTypes {
    public static final String STATEMENT = "STATEMENT";
    public static final Set<String> ALL = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT", STATEMENT, "SEIZE");
    /** Types where two parties do the same thing together: "X en Y zijn in gesprek" codes X -> Y. */
    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");
    /** Types where "de X van Y" names the one it is done to, not the doer ("de inname van de stad"). */
    private static final Set<String> VAN_IS_TARGET = Set.of("SEIZE", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE",
            "RETREAT", "ACCUSE");

    private EventTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }

    static boolean isSymmetric(String type) {
        return SYMMETRIC.contains(type);
    }

    static boolean vanMarksTarget(String type) {
        return VAN_IS_TARGET.contains(type);
    }
}
