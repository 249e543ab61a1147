package org.kroniek.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One news article: its text and metadata, plus the standoff layers that stages add. All offsets in the
 * layers are UTF-16 code-unit offsets into {@link #getText()}, end-exclusive (as Java and JavaScript index
 * strings).
 *
 * <p>A document is mutable while a pipeline runs over it: each stage reads the layers of earlier stages and
 * sets its own. It is not thread-safe; one thread analyses one document at a time.
 */
@JsonPropertyOrder({"id", "source", "language", "dct", "dctGranularity", "title", "byline", "publisher",
        "metadata", "text", "sentences", "tokens", "entities", "mentions", "timexes", "events"})
public final class Document {
    private String id;
    private String source;
    private String language;
    private String dct;
    private DctGranularity dctGranularity = DctGranularity.UNKNOWN;
    private String title;
    private String byline;
    private String publisher;
    private String text = "";
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private Map<String, Object> metadata = new LinkedHashMap<>();
    private List<Sentence> sentences = new ArrayList<>();
    private List<Token> tokens = new ArrayList<>();
    private List<Entity> entities = new ArrayList<>();
    private List<Mention> mentions = new ArrayList<>();
    private List<Timex> timexes = new ArrayList<>();
    private List<Event> events = new ArrayList<>();
    /** Set while a budgeted pipeline runs; not part of the document's data (transient, no bean accessors). */
    private transient TimeBudget timeBudget;

    public Document() {
    }

    public Document(String id, String text) {
        this.id = id;
        setText(text);
    }

    /** The analysis budget stages check per sentence, or null to run unbudgeted. */
    public void useTimeBudget(TimeBudget budget) {
        this.timeBudget = budget;
    }

    /**
     * Called by a stage before sentence {@code sentence} of {@code sentences}: throws
     * {@link AnalysisTimeoutException} when the document is over its budget; does nothing without one.
     */
    public void checkTimeBudget(String stage, int sentence, int sentences) {
        if (timeBudget != null) {
            timeBudget.check(stage, sentence, sentences);
        }
    }

    /** The covered text of a span of this document. */
    public String span(int start, int end) {
        return text.substring(start, end);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The document creation time as an ISO-8601 prefix ({@code 2016-12-27T12:57}, {@code 2017-01}), or null. */
    public String getDct() {
        return dct;
    }

    public void setDct(String dct) {
        this.dct = dct;
    }

    public DctGranularity getDctGranularity() {
        return dctGranularity;
    }

    public void setDctGranularity(DctGranularity dctGranularity) {
        this.dctGranularity = dctGranularity == null ? DctGranularity.UNKNOWN : dctGranularity;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** Input fields kroniek has no slot for (e.g. unknown JSON Lines keys), kept as they came. */
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, Object> metadata) {
        this.metadata = metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata);
    }

    public List<Sentence> getSentences() {
        return sentences;
    }

    public void setSentences(List<Sentence> sentences) {
        this.sentences = mutable(sentences);
    }

    public List<Token> getTokens() {
        return tokens;
    }

    public void setTokens(List<Token> tokens) {
        this.tokens = mutable(tokens);
    }

    public List<Entity> getEntities() {
        return entities;
    }

    public void setEntities(List<Entity> entities) {
        this.entities = mutable(entities);
    }

    /** Spans that refer to actors (linked entities and their coreferent mentions), in text order. */
    public List<Mention> getMentions() {
        return mentions;
    }

    public void setMentions(List<Mention> mentions) {
        this.mentions = mutable(mentions);
    }

    public List<Timex> getTimexes() {
        return timexes;
    }

    public void setTimexes(List<Timex> timexes) {
        this.timexes = mutable(timexes);
    }

    public List<Event> getEvents() {
        return events;
    }

    public void setEvents(List<Event> events) {
        this.events = mutable(events);
    }

    private static <T> List<T> mutable(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars]";
    }
}
