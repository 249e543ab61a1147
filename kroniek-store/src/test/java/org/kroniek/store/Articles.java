package org.kroniek.store;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Sentence;
import org.kroniek.core.Trigger;

/** Test articles, written for these tests. */
final class Articles {
    static final String HAVEN = "De onderhandeling tussen de vakbonden en Rijnmond Container Terminals is donderdag "
            + "opnieuw vastgelopen. De bonden eisen een loonsverhoging van vijf procent en een regeling voor "
            + "vervroegd pensioen. Het bedrijf biedt drie procent en wil niet praten over eerder stoppen met werken. "
            + "Volgens vakbondsbestuurder Nadia el Khatib is het geduld van de havenwerkers op. Zij kondigde aan dat "
            + "de leden volgende week stemmen over nieuwe acties in de haven van Rotterdam. Een woordvoerder van het "
            + "bedrijf zegt dat de deur voor overleg open blijft, maar dat de eisen te duur zijn voor de terminal. "
            + "Schepen zouden bij een staking kunnen uitwijken naar Antwerpen of Hamburg, waar de concurrentie al "
            + "jaren groeit.";

    private Articles() {
    }

    static Document dutch(String id, String dct, String publisher, String byline, String text) {
        Document doc = new Document(id, text);
        doc.setSource("test/" + id + ".txt");
        doc.setLanguage("nl");
        doc.setDct(dct);
        doc.setDctGranularity(dct.length() == 7 ? DctGranularity.MONTH : DctGranularity.MINUTE);
        doc.setPublisher(publisher);
        doc.setByline(byline);
        doc.setSentences(sentences(text));
        return doc;
    }

    static Document english(String id, String dct, String text) {
        Document doc = dutch(id, dct, "Reuters", null, text);
        doc.setLanguage("en");
        return doc;
    }

    /** Adds an entity for every occurrence of {@code name}, linked to {@code code}. */
    static Document withActor(Document doc, String name, String type, String code) {
        List<Entity> entities = new ArrayList<>(doc.getEntities());
        int at = doc.getText().indexOf(name);
        while (at >= 0) {
            entities.add(new Entity(at, at + name.length(), name, type, null, code, 0.9));
            at = doc.getText().indexOf(name, at + 1);
        }
        doc.setEntities(entities);
        return doc;
    }

    static Document withEvent(Document doc, String trigger, String type, String actor) {
        int at = doc.getText().indexOf(trigger);
        List<Event> events = new ArrayList<>(doc.getEvents());
        events.add(new Event(new Trigger(at, at + trigger.length(), trigger), type, actor, null, null, doc.getDct(),
                "asserted", null, 0, 0.7));
        doc.setEvents(events);
        return doc;
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                sentences.add(new Sentence(start, i + 1));
                start = i + 2;
            }
        }
        if (start < text.length()) {
            sentences.add(new Sentence(start, text.length()));
        }
        return sentences;
    }
}
