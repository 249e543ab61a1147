package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kroniek.store.DctPeriod;
import org.kroniek.store.stories.EventCoreference.Side;

/** The rule deciding whether two event mentions (or a mention and an event) are one real-world event. */
class EventCoreferenceRuleTest {
    private static final DctPeriod DEC_27 = DctPeriod.parse("2016-12-27").orElseThrow();
    private static final DctPeriod JANUARY = DctPeriod.parse("2017-01").orElseThrow();
    private static final DctPeriod SOON = EventCoreference.relativeDate("FUTURE_REF", DEC_27);

    private static Side side(Set<String> participants, DctPeriod date, boolean vague, EventPlace place, Long story) {
        return new Side(participants, date, vague, place, story);
    }

    @Test
    void placesWithinOneAnotherAreTheSamePlaceButTwoCitiesOfOneCountryAreNot() {
        EventPlace astana = EventPlace.of("Astana", "KAZ");
        EventPlace kazakhstan = EventPlace.of("Kazakhstan", "KAZ");
        assertThat(kazakhstan.isCountry()).isTrue();
        assertThat(astana.isCountry()).isFalse();
        assertThat(astana.sameOrWithin(kazakhstan)).isTrue();
        assertThat(kazakhstan.sameOrWithin(astana)).isTrue();
        assertThat(EventPlace.of("Aleppo", "SYR").sameOrWithin(EventPlace.of("Damascus", "SYR:GOV"))).isFalse();
        assertThat(EventPlace.of("Geneva", "CHE").sameOrWithin(EventPlace.of("Kazakhstan", "KAZ"))).isFalse();
        assertThat(EventPlace.of("Vienna", null).sameOrWithin(EventPlace.of("vienna", null))).isTrue();
        assertThat(EventPlace.of(null, "KAZ")).isNull();
    }

    @Test
    void relativeDatesAreReadAgainstTheArticlesDate() {
        assertThat(EventCoreference.relativeDate("PRESENT_REF", DEC_27)).isEqualTo(DEC_27);
        assertThat(SOON.first()).isEqualTo(DEC_27.first());
        assertThat(SOON.last()).isAfter(JANUARY.last());
        assertThat(EventCoreference.relativeDate("PAST_REF", DEC_27).last()).isEqualTo(DEC_27.last());
        assertThat(EventCoreference.relativeDate("2017-01", DEC_27)).isNull();
        assertThat(EventCoreference.relativeDate("FUTURE_REF", null)).isNull();
    }

    @Test
    void aSharedPlaceLinksMentionsWithoutASharedParticipantOnlyWithinOneStory() {
        Side planned = side(Set.of("RUS:GOV"), SOON, true, EventPlace.of("Astana", "KAZ"), 1L);
        Side attended = side(Set.of("USA"), JANUARY, false, EventPlace.of("Kazakhstan", "KAZ"), 1L);
        assertThat(EventCoreference.sameEvent(planned, attended)).isTrue();
        assertThat(EventCoreference.sameEvent(attended, planned)).isTrue();

        Side otherStory = side(Set.of("USA"), JANUARY, false, EventPlace.of("Kazakhstan", "KAZ"), 2L);
        assertThat(EventCoreference.sameEvent(planned, otherStory)).isFalse();
        Side noPlace = side(Set.of("USA"), JANUARY, false, null, 1L);
        assertThat(EventCoreference.sameEvent(planned, noPlace)).isFalse();
        Side elsewhere = side(Set.of("USA"), JANUARY, false, EventPlace.of("Geneva", "CHE"), 1L);
        assertThat(EventCoreference.sameEvent(planned, elsewhere)).isFalse();
    }

    @Test
    void datesMustOverlapAndRelativeOnesOnlyCountWithinOneStory() {
        Side now = side(Set.of("SYR:GOV"), DEC_27, true, null, 1L);
        Side january = side(Set.of("SYR:GOV"), JANUARY, false, null, 1L);
        assertThat(EventCoreference.sameEvent(now, january)).as("'at the moment' on 27 December is not January")
                .isFalse();
        Side soon = side(Set.of("SYR:GOV"), SOON, true, null, 1L);
        assertThat(EventCoreference.sameEvent(soon, january)).isTrue();
        Side soonElsewhere = side(Set.of("SYR:GOV"), SOON, true, null, 2L);
        assertThat(EventCoreference.sameEvent(soonElsewhere, january)).isFalse();

        Side dated = side(Set.of("SYR:GOV"), DctPeriod.parse("2017-01-23").orElseThrow(), false, null, 3L);
        Side nextDay = side(Set.of("SYR:GOV", "TUR"), DctPeriod.parse("2017-01-24").orElseThrow(), false, null, 4L);
        assertThat(EventCoreference.sameEvent(dated, nextDay)).as("calendar dates link across stories").isTrue();
        Side undated = side(Set.of("SYR:GOV"), null, false, null, 3L);
        assertThat(EventCoreference.sameEvent(dated, undated)).isTrue();
        assertThat(EventCoreference.sameEvent(nextDay, undated)).isFalse();
    }
}
