package org.kroniek.nlp.time;

/** The tense a weekday or month name is read in: past picks the last such day, future the next one. */
enum Tense {
    PAST, FUTURE, NONE
}
