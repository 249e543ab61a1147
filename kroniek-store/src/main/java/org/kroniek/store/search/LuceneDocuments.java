package org.kroniek.store.search;

import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.kroniek.store.DctPeriod;
import org.kroniek.store.IndexedDocument;

/** An {@link IndexedDocument} as Lucene fields. */
final class LuceneDocuments {
    /** Stored text with offsets in the postings, so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private LuceneDocuments() {
    }

    static Document toLucene(IndexedDocument doc) {
        Document d = new Document();
        d.add(new LongPoint(IndexFields.SEQUENCE, doc.sequence()));
        d.add(new StoredField(IndexFields.SEQUENCE, doc.sequence()));
        d.add(new NumericDocValuesField(IndexFields.SEQUENCE, doc.sequence()));
        storeIfPresent(d, IndexFields.ID, doc.id());
        if (doc.id() != null) {
            d.add(new StringField(IndexFields.ID, IndexedDocument.normalise(doc.id()), Field.Store.NO));
        }
        storeIfPresent(d, IndexFields.SOURCE, doc.source());
        String language = IndexFields.languageKey(doc.language());
        d.add(new StringField(IndexFields.LANGUAGE, doc.language() == null ? "" : doc.language(), Field.Store.YES));
        storeIfPresent(d, IndexFields.DCT, doc.dct());
        Optional<DctPeriod> period = DctPeriod.parse(doc.dct());
        if (period.isPresent()) {
            int first = (int) period.get().first().toEpochDay();
            d.add(new IntPoint(IndexFields.DCT_FIRST_DAY, first));
            d.add(new IntPoint(IndexFields.DCT_LAST_DAY, (int) period.get().last().toEpochDay()));
            d.add(new NumericDocValuesField(IndexFields.DCT_SORT, first));
        }
        if (doc.title() != null) {
            d.add(new Field(IndexFields.title(language), doc.title(), TEXT_WITH_OFFSETS));
        }
        d.add(new Field(IndexFields.text(language), doc.text(), TEXT_WITH_OFFSETS));
        if (doc.publisher() != null) {
            d.add(new StringField(IndexFields.PUBLISHER, IndexedDocument.normalise(doc.publisher()), Field.Store.NO));
            d.add(new StoredField(IndexFields.PUBLISHER_DISPLAY, doc.publisher()));
        }
        storeIfPresent(d, IndexFields.BYLINE, doc.byline());
        storeIfPresent(d, IndexFields.FIRST_SENTENCE, doc.firstSentence());
        for (String actor : doc.actors()) {
            d.add(new StringField(IndexFields.ACTOR, actor, Field.Store.NO));
        }
        for (String type : doc.eventTypes()) {
            d.add(new StringField(IndexFields.EVENT_TYPE, type, Field.Store.NO));
        }
        if (doc.duplicateOf() != null) {
            d.add(new StringField(IndexFields.DUPLICATE, "1", Field.Store.NO));
            d.add(new StoredField(IndexFields.DUPLICATE_OF, doc.duplicateOf()));
        }
        return d;
    }

    private static void storeIfPresent(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }
}
