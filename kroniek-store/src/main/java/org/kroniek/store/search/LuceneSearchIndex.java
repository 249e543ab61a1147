package org.kroniek.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.SearchIndex;
import org.kroniek.store.StoreException;

/**
 * The {@link SearchIndex} in a Lucene directory. Each commit carries, in its user data, the highest document
 * sequence number it holds and the index layout version; a missing, damaged or outdated index starts empty and
 * is refilled from the database.
 */
public final class LuceneSearchIndex implements SearchIndex {
    static final String SEQUENCE_KEY = "kroniek.sequence";
    static final String VERSION_KEY = "kroniek.index.version";
    /** Raise when the fields or analyzers change: older indexes are then rebuilt from the database. */
    static final String VERSION = "1";
    private static final int SNIPPET_PASSAGES = 2;
    private static final int MAX_RESULTS = 10_000;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    /** Reading mode: one searcher shared by all threads, replaced only when a newer commit is there. */
    private final SearcherManager searchers;
    private final String startedEmptyBecause;
    private long committedSequence;

    private LuceneSearchIndex(Path path, Directory directory, Analyzer analyzer, IndexWriter writer,
                              SearcherManager searchers, long committedSequence, String startedEmptyBecause) {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.committedSequence = committedSequence;
        this.startedEmptyBecause = startedEmptyBecause;
    }

    /**
     * Opens (creating when absent) the index for writing. Takes Lucene's write lock, which is also what keeps a
     * second ingest process out of the same store.
     */
    public static LuceneSearchIndex openForWriting(Path path) {
        Analyzer analyzer = LanguageAnalyzers.perField();
        Directory directory = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            String reason = null;
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                reason = "the index was unreadable (" + e.getClass().getSimpleName() + ")";
                writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
            }
            Map<String, String> data = userData(writer);
            long committed = parseSequence(data.get(SEQUENCE_KEY));
            if (reason == null && writer.getDocStats().maxDoc > 0 && !VERSION.equals(data.get(VERSION_KEY))) {
                reason = "the index layout changed (version " + data.get(VERSION_KEY) + " -> " + VERSION + ")";
            }
            if (reason != null) {
                writer.deleteAll();
                committed = 0;
            }
            return new LuceneSearchIndex(path, directory, analyzer, writer, null, committed, reason);
        } catch (LockObtainFailedException e) {
            close(directory);
            throw new StoreException("the store is in use by another kroniek process (" + path.resolve("write.lock")
                    + " is held); wait for it to finish", e);
        } catch (IOException e) {
            close(directory);
            throw new StoreException("cannot open the search index " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the last commit for searching, without the write lock (an ingest may be running). The index is safe
     * to search from many threads at once; {@link #refreshIfChanged()} moves it to a newer commit.
     */
    public static LuceneSearchIndex openForReading(Path path) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(path);
            DirectoryReader reader = DirectoryReader.open(directory);
            Map<String, String> data = reader.getIndexCommit().getUserData();
            if (!VERSION.equals(data.get(VERSION_KEY)) && reader.maxDoc() > 0) {
                reader.close();
                throw new StoreException("the search index in " + path + " has an older layout; run 'kroniek ingest'"
                        + " on the store once to rebuild it");
            }
            SearcherManager searchers = new SearcherManager(reader, null);
            return new LuceneSearchIndex(path, directory, LanguageAnalyzers.perField(), null, searchers,
                    parseSequence(data.get(SEQUENCE_KEY)), null);
        } catch (IndexNotFoundException e) {
            close(directory);
            throw new StoreException("the store has no search index yet (" + path + "); run 'kroniek ingest' on it", e);
        } catch (IOException e) {
            close(directory);
            throw new StoreException("cannot open the search index " + path + ": " + e.getMessage(), e);
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(64);
    }

    private static Map<String, String> userData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private static long parseSequence(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Why the index was emptied on open (to be refilled from the database), or null. */
    public String startedEmptyBecause() {
        return startedEmptyBecause;
    }

    @Override
    public long committedSequence() {
        return committedSequence;
    }

    /**
     * Reading mode: opens the newest commit if it differs from the one being searched (cheap when nothing
     * changed); searches already running finish on the old one. Returns whether it moved.
     */
    public boolean refreshIfChanged() {
        if (searchers == null) {
            return false;
        }
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
                long sequence = parseSequence(reader.getIndexCommit().getUserData().get(SEQUENCE_KEY));
                boolean moved = sequence != committedSequence;
                committedSequence = sequence;
                return moved;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure("reopening", e);
        }
    }

    @Override
    public void add(IndexedDocument document) {
        try {
            requireWriter().addDocument(LuceneDocuments.toLucene(document));
        } catch (IOException e) {
            throw failure("adding a document to", e);
        }
    }

    @Override
    public void commit(long throughSequence) {
        IndexWriter w = requireWriter();
        try {
            w.setLiveCommitData(Map.of(SEQUENCE_KEY, Long.toString(throughSequence), VERSION_KEY, VERSION).entrySet());
            w.commit();
            committedSequence = throughSequence;
        } catch (IOException e) {
            throw failure("committing", e);
        }
    }

    @Override
    public void deleteAfter(long sequence) {
        try {
            requireWriter().deleteDocuments(LongPoint.newRangeQuery(IndexFields.SEQUENCE, sequence + 1, Long.MAX_VALUE));
        } catch (IOException e) {
            throw failure("deleting from", e);
        }
    }

    @Override
    public void deleteAll() {
        try {
            requireWriter().deleteAll();
        } catch (IOException e) {
            throw failure("clearing", e);
        }
    }

    @Override
    public long count() {
        if (writer != null) {
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                return reader.numDocs();
            } catch (IOException e) {
                throw failure("counting", e);
            }
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure("counting", e);
        }
    }

    /** Every sequence number in the index, ascending (for consistency checks and tests). */
    public List<Long> sequences() {
        IndexSearcher shared = null;
        try (DirectoryReader reader = writer != null ? DirectoryReader.open(writer) : null) {
            shared = reader == null ? searchers.acquire() : null;
            IndexSearcher searcher = reader != null ? new IndexSearcher(reader) : shared;
            IndexReader r = searcher.getIndexReader();
            TopDocs all = searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(), Math.max(1, r.numDocs()),
                    new Sort(new SortField(IndexFields.SEQUENCE, SortField.Type.LONG)));
            StoredFields stored = searcher.storedFields();
            List<Long> sequences = new ArrayList<>(all.scoreDocs.length);
            for (ScoreDoc sd : all.scoreDocs) {
                sequences.add(stored.document(sd.doc).getField(IndexFields.SEQUENCE).numericValue().longValue());
            }
            return sequences;
        } catch (IOException e) {
            throw failure("reading", e);
        } finally {
            release(shared);
        }
    }

    private void release(IndexSearcher shared) {
        if (shared != null) {
            try {
                searchers.release(shared);
            } catch (IOException e) {
                // releasing only lowers a reference count; an old reader closes with the last release
            }
        }
    }

    @Override
    public SearchResults search(SearchRequest request) throws QuerySyntaxException {
        long start = System.nanoTime();
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query query = builder.build(request);
        Query words = builder.textQuery(request);
        DirectoryReader reader = null;
        IndexSearcher shared = null;
        try {
            IndexSearcher searcher;
            if (writer != null) {
                reader = DirectoryReader.open(writer);
                searcher = new IndexSearcher(reader);
            } else {
                shared = searchers.acquire();
                searcher = shared;
            }
            int limit = Math.clamp(request.limit(), 1, MAX_RESULTS);
            TopDocs top = switch (request.sort()) {
                case RELEVANCE -> searcher.search(query, limit);
                case NEWEST -> searcher.search(query, limit, byDate(true), true);
                case OLDEST -> searcher.search(query, limit, byDate(false), true);
            };
            List<SearchHit> hits = hits(searcher, words, top, request);
            TotalHits total = top.totalHits;
            return new SearchResults(total.value(), total.relation() == TotalHits.Relation.EQUAL_TO, hits,
                    (System.nanoTime() - start) / 1e6);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query '" + request.query() + "' expands to too many terms; "
                    + "make wildcards more specific", e);
        } catch (IOException e) {
            throw failure("searching", e);
        } finally {
            release(shared);
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // a search reader: nothing to lose
                }
            }
        }
    }

    private static Sort byDate(boolean newestFirst) {
        SortField date = new SortField(IndexFields.DCT_SORT, SortField.Type.LONG, newestFirst);
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, new SortField(IndexFields.SEQUENCE, SortField.Type.LONG, newestFirst));
    }

    /**
     * The hits of the requested page only: those before the offset are neither loaded nor highlighted. Snippets
     * highlight the query's words ({@code words}, without the filters, which match no text anyway).
     */
    private List<SearchHit> hits(IndexSearcher searcher, Query words, TopDocs all, SearchRequest request)
            throws IOException {
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all.scoreDocs, Math.min(request.offset(), all.scoreDocs.length),
                all.scoreDocs.length);
        TopDocs top = new TopDocs(all.totalHits, page);
        StoredFields stored = searcher.storedFields();
        org.apache.lucene.document.Document[] documents = new org.apache.lucene.document.Document[page.length];
        java.util.SortedSet<String> languages = new java.util.TreeSet<>();
        for (int i = 0; i < page.length; i++) {
            documents[i] = stored.document(page[i].doc);
            languages.add(IndexFields.languageKey(documents[i].get(IndexFields.LANGUAGE)));
        }
        // Each document's text is in the field of its own language: only those fields are highlighted.
        String[] textFields = languages.stream().map(IndexFields::text).toArray(String[]::new);
        int[] passages = new int[textFields.length];
        java.util.Arrays.fill(passages, SNIPPET_PASSAGES);
        Map<String, String[]> snippets = Map.of();
        if (page.length > 0 && request.snippets()) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(request.highlightStart(), request.highlightEnd(), " … ", request.escapeHtml()))
                    .withMaxLength(100_000)
                    .build();
            snippets = highlighter.highlightFields(textFields, words, top, passages);
        }
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            org.apache.lucene.document.Document d = documents[i];
            String snippet = null;
            for (String field : textFields) {
                String[] forField = snippets.get(field);
                if (forField != null && forField[i] != null) {
                    snippet = WHITESPACE.matcher(forField[i]).replaceAll(" ").strip();
                }
            }
            String title = null;
            for (String language : IndexFields.LANGUAGES) {
                title = title != null ? title : d.get(IndexFields.title(language));
            }
            IndexableField duplicateOf = d.getField(IndexFields.DUPLICATE_OF);
            hits.add(new SearchHit(d.getField(IndexFields.SEQUENCE).numericValue().longValue(), d.get(IndexFields.ID),
                    Float.isNaN(sd.score) ? 0 : sd.score, d.get(IndexFields.DCT), d.get(IndexFields.LANGUAGE),
                    d.get(IndexFields.PUBLISHER_DISPLAY), d.get(IndexFields.BYLINE), d.get(IndexFields.SOURCE),
                    title != null ? title : d.get(IndexFields.FIRST_SENTENCE),
                    snippet == null ? List.of() : List.of(snippet),
                    duplicateOf == null ? null : duplicateOf.numericValue().longValue(), 0));
        }
        return hits;
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("index opened read-only");
        }
        return writer;
    }

    private StoreException failure(String what, IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            // Say it as the database does: the user's remedy is the same, whichever half hit it first.
            return new StoreException("failed " + what + " the search index " + path + ": the disk is full", e);
        }
        return new StoreException("failed " + what + " the search index " + path + ": " + message, e);
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                // Uncommitted additions are dropped on purpose: only commit() says how far the index goes.
                writer.rollback();
            }
            if (searchers != null) {
                searchers.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(directory);
        }
    }

    private static void close(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
