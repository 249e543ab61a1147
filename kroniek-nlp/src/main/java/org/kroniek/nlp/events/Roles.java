package org.kroniek.nlp.events;

/** Who acts, on whom, and where, for one trigger; any may be null. {@code partner} is the second of "X en Y". */
record Roles(ActorSpan actor, ActorSpan target, ActorSpan location, ActorSpan partner) {
    static final Roles NONE = new Roles(null, null, null, null);

    boolean grounded() {
        return actor != null || target != null;
    }

    Roles withActor(ActorSpan newActor) {
        return new Roles(newActor, target, location, partner);
    }

    Roles withTarget(ActorSpan newTarget) {
        return new Roles(actor, newTarget, location, partner);
    }
}
