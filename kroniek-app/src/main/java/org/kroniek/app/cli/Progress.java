package org.kroniek.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long command: a self-updating line with documents/s (and ETA when the total is known) on a
 * terminal; in a pipe nothing, or (with {@link #onStderrOrLog}) a plain log line now and then. Cheap to call per
 * document: it redraws at most a few times a second.
 */
public final class Progress implements AutoCloseable {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final String unit;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final long logEveryNanos;
    private long done;
    private long lastDraw;

    private Progress(PrintStream out, boolean enabled, String unit, long total) {
        this(out, enabled, unit, total, 0);
    }

    private Progress(PrintStream out, boolean enabled, String unit, long total, long logEveryNanos) {
        this.out = out;
        this.enabled = enabled;
        this.unit = unit;
        this.total = total;
        this.logEveryNanos = logEveryNanos;
        this.lastDraw = enabled ? 0 : startNanos;
    }

    /** A progress line on stderr when it is a terminal; {@code total} <= 0 when unknown. */
    public static Progress onStderr(String unit, long total) {
        return new Progress(System.err, Terminal.stderrIsTerminal(), unit, total);
    }

    /**
     * A progress line on a terminal; otherwise a plain {@code kroniek: ...} line on stderr every {@code logEvery}
     * (for logs of long runs in the background). {@code total} <= 0 when unknown; it may be an estimate.
     */
    public static Progress onStderrOrLog(String unit, long total, java.time.Duration logEvery) {
        return new Progress(System.err, Terminal.stderrIsTerminal(), unit, total, logEvery.toNanos());
    }

    public static Progress silent() {
        return new Progress(System.err, false, "", 0);
    }

    public void advance(long n) {
        done += n;
        if (!enabled) {
            logIfDue();
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            out.print("\r" + line(now) + "\u001b[K");
            out.flush();
        }
    }

    private void logIfDue() {
        if (logEveryNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw >= logEveryNanos) {
            lastDraw = now;
            out.println("kroniek: " + line(now));
        }
    }

    /** Prints a line (an error, say) without leaving a half-drawn progress line before it. */
    public void message(String line) {
        if (enabled) {
            out.print("\r\u001b[K");
        }
        out.println(line);
        if (enabled) {
            lastDraw = 0;
        }
    }

    public long done() {
        return done;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder();
        // An estimated total can be passed: past it, show the count alone.
        boolean totalKnown = total > 0 && done <= total;
        if (totalKnown) {
            sb.append(String.format(Locale.ROOT, "%,d/%,d %s (%.0f%%)", done, total, unit, 100.0 * done / total));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d %s", done, unit));
        }
        sb.append(String.format(Locale.ROOT, "  %,.1f %s/s", rate, unit));
        if (totalKnown && rate > 0 && done < total) {
            sb.append("  ETA ").append(formatDuration((total - done) / rate));
        }
        return sb.toString();
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Clears the progress line so that the summary that follows stands on its own. */
    @Override
    public void close() {
        if (enabled) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }
}
