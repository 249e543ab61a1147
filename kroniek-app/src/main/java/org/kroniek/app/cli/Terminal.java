package org.kroniek.app.cli;

/**
 * Whether stderr is an interactive terminal. The launcher knows for sure ({@code [ -t 2 ]}) and passes it as
 * {@code -Dkroniek.tty}; without it we ask the JVM's console.
 */
public final class Terminal {
    private Terminal() {
    }

    public static boolean stderrIsTerminal() {
        String fromLauncher = System.getProperty("kroniek.tty");
        if (fromLauncher != null) {
            return fromLauncher.equals("1") || fromLauncher.equalsIgnoreCase("true");
        }
        if (System.getenv("CI") != null) {
            return false;
        }
        return System.console() != null && consoleIsTerminal();
    }

    /** {@code Console.isTerminal()} exists from Java 22; on 21 a non-null console means a terminal. */
    private static boolean consoleIsTerminal() {
        try {
            Object result = java.io.Console.class.getMethod("isTerminal").invoke(System.console());
            return Boolean.TRUE.equals(result);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
