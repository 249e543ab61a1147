package org.kroniek.store.stories;

import static org.kroniek.store.stories.LinkedStore.article;
import static org.kroniek.store.stories.LinkedStore.entity;
import static org.kroniek.store.stories.LinkedStore.event;

import java.util.List;
import org.kroniek.core.Document;

/** Two articles about one story and one about another, written for these tests, with their layers set by hand. */
final class SyriaArticles {
    private SyriaArticles() {
    }

    static Document talks() {
        Document d = article("talks", "2016-12-27", "Russia wants Syrian government and rebels at the table in Astana",
                "Russia wants the Syrian government and the rebels to meet for peace talks in Astana in January. "
                        + "Foreign minister Sergey Lavrov said on Tuesday that the ceasefire must hold first. "
                        + "Government forces captured Aleppo in December after months of fighting.");
        d.setEntities(List.of(entity(d, "Russia", "LOC", "Russia", "RUS"),
                entity(d, "Syrian government", "ORG", "Syrian government", "SYR:GOV"),
                entity(d, "Astana", "LOC", "Astana", "KAZ"),
                entity(d, "Sergey Lavrov", "PER", "Sergey Lavrov", "RUS:GOV"),
                entity(d, "Aleppo", "LOC", "Aleppo", "SYR")));
        d.setEvents(List.of(event(d, "meet", "CONSULT", "SYR:GOV", "SYR:OPP", "Astana", "2017-01", "planned"),
                event(d, "said", "STATEMENT", "RUS:GOV", null, null, "2016-12-27", "asserted"),
                event(d, "captured", "SEIZE", "SYR:GOV", "SYR:OPP", "Aleppo", "2016-12", "asserted")));
        return d;
    }

    static Document scaleDown() {
        Document d = article("scale-down", "2017-01-06", "Russia scales down its forces in Syria before Astana talks",
                "Russia announced on Friday that it is scaling down its military presence in Syria. "
                        + "The Syrian government and rebel groups are expected to meet in Astana later this month. "
                        + "Talks in Geneva stalled at the end of last year and should resume in February.");
        d.setEntities(List.of(entity(d, "Russia", "LOC", "Russia", "RUS"),
                entity(d, "Syria", "LOC", "Syria", "SYR"),
                entity(d, "Syrian government", "ORG", "Syrian government", "SYR:GOV"),
                entity(d, "Astana", "LOC", "Astana", "KAZ"),
                entity(d, "Geneva", "LOC", "Geneva", "CHE")));
        d.setEvents(List.of(event(d, "scaling down", "RETREAT", "RUS:MIL", "SYR", "Syria", "2017-01-06", "asserted"),
                event(d, "meet", "CONSULT", "SYR:OPP", "SYR:GOV", "Astana", "2017-01-23", "planned"),
                event(d, "resume", "CONSULT", "SYR:GOV", "SYR:OPP", "Geneva", "2017-02", "planned")));
        return d;
    }

    static Document port() {
        Document d = article("port", "2017-01-05", "Dock workers strike in Rotterdam over pensions",
                "Dock workers in Rotterdam went on strike on Thursday over early retirement. "
                        + "The container terminals stood still and ships were sent to Antwerp.");
        d.setEntities(List.of(entity(d, "Rotterdam", "LOC", "Rotterdam", "NLD")));
        d.setEvents(List.of(event(d, "strike", "PROTEST", "NLD:LAB", "NLD:BUS", "Rotterdam", "2017-01-05", "asserted")));
        return d;
    }
}
