package org.kroniek.store.stories;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Sentence;
import org.kroniek.core.Trigger;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.StoreAddress;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;

/** Documents with hand-set layers, written into a store for the linking tests. */
final class LinkedStore {
    private LinkedStore() {
    }

    static void write(Path dir, Document... documents) {
        write(StoreAddress.directory(dir), documents);
    }

    static void write(StoreAddress address, Document... documents) {
        try (KroniekStore store = KroniekStore.openForWriting(address);
             StoreWriter writer = new StoreWriter(store, WriterSettings.defaults(), new IngestListener() { }, "test")) {
            for (Document d : documents) {
                writer.add(d);
            }
        }
    }

    static Document article(String id, String dct, String title, String text) {
        Document doc = new Document(id, text);
        doc.setSource("test/" + id + ".txt");
        doc.setLanguage("en");
        doc.setDct(dct);
        doc.setDctGranularity(dct.length() == 7 ? DctGranularity.MONTH : DctGranularity.DAY);
        doc.setTitle(title);
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                sentences.add(new Sentence(start, i + 1));
                start = i + 2;
            }
        }
        doc.setSentences(sentences);
        return doc;
    }

    /** An entity on the first occurrence of {@code text}, linked to a canonical name and code. */
    static Entity entity(Document doc, String text, String type, String canonical, String code) {
        int at = doc.getText().indexOf(text);
        return new Entity(at, at + text.length(), text, type, canonical, code, 0.9);
    }

    /** An event whose trigger is the first occurrence of {@code trigger}, in the sentence that holds it. */
    static Event event(Document doc, String trigger, String type, String actor, String target, String location,
                       String date, String mode) {
        int at = doc.getText().indexOf(trigger);
        int sentence = 0;
        for (int i = 0; i < doc.getSentences().size(); i++) {
            if (doc.getSentences().get(i).start() <= at && at < doc.getSentences().get(i).end()) {
                sentence = i;
            }
        }
        return new Event(new Trigger(at, at + trigger.length(), trigger), type, actor, target, location, date, mode,
                null, sentence, 0.8);
    }
}
