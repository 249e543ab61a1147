package org.kroniek.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which store a command uses: {@code --store DIR|URL}, else {@code $KRONIEK_STORE}, else {@code ./kroniek-data}.
 * A {@code postgresql://} (or {@code jdbc:postgresql://}) URL selects the PostgreSQL store.
 */
public final class StoreLocation {
    public static final String ENVIRONMENT_VARIABLE = "KRONIEK_STORE";
    public static final String DEFAULT_DIRECTORY = "kroniek-data";

    private StoreLocation() {
    }

    public static Path resolve(Path option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(DEFAULT_DIRECTORY);
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv());
    }

    /** The store address from the option (a directory or a URL), else the environment, else the default. */
    public static StoreAddress resolveAddress(String option, Map<String, String> environment) {
        return StoreAddress.parse(resolveText(option, environment), environment);
    }

    /**
     * The store as typed (option, else environment, else the default directory), unparsed: what a job hands to
     * its remote writers, which parse it themselves.
     */
    public static String resolveText(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        return DEFAULT_DIRECTORY;
    }

    public static StoreAddress resolveAddress(String option) {
        return resolveAddress(option, System.getenv());
    }
}
