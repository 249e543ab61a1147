package org.kroniek.nlp.actors;

import java.util.List;

/** One line of a knowledge-base file: the actor, the names that stand for it, and the descriptions. */
record ActorEntry(Actor actor, List<Name> names, List<String> descriptions) {

    /** A name as written in the file, with how it stands for the actor. */
    record Name(String text, NameKind kind) {
    }
}
