package org.kroniek.app.eval.seeds;

/**
 * Places reference items that carry only their words: each is found by scanning forward from the end of the
 * previous match, on word boundaries (the scoring rule stated in the gold file).
 */
final class SurfaceAligner {
    private final String text;
    private int position;

    SurfaceAligner(String text) {
        this.text = text;
    }

    /** The start of the next occurrence of {@code surface} as whole words, or -1 (the position stays). */
    int next(String surface) {
        int from = position;
        while (true) {
            int at = text.indexOf(surface, from);
            if (at < 0) {
                return -1;
            }
            int end = at + surface.length();
            if (isBoundary(at - 1) && isBoundary(end)) {
                position = end;
                return at;
            }
            from = at + 1;
        }
    }

    private boolean isBoundary(int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
