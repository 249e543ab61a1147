package org.kroniek.server.query;

import java.time.LocalDate;

/**
 * Which events to list. Null fields do not filter.
 *
 * @param actor an actor code ({@code SYR}, {@code SYR:GOV}) matched as actor or target; a country code also
 *              matches its roles
 */
public record EventFilter(LocalDate from, LocalDate to, String actor, String type, String mode, Long story) {
}
