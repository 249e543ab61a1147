package org.kroniek.nlp.actors;

/**
 * Stable ids for actors the knowledge base does not know: {@code local:} and the name's {@link NameKey} with
 * spaces as hyphens ({@code Ruud van der Linden} becomes {@code local:ruud-van-der-linden}). The same name gives
 * the same id in every document and every run, so identities can be linked across documents later.
 */
public final class LocalIds {
    public static final String PREFIX = "local:";

    private LocalIds() {
    }

    public static String of(String name) {
        return PREFIX + NameKey.of(name).replace(' ', '-');
    }

    public static boolean isLocal(String canonical) {
        return canonical != null && canonical.startsWith(PREFIX);
    }
}
