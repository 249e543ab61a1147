package org.kroniek.ingest.readers;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.ingest.DctParser;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.TextInput;
import org.kroniek.ingest.UnreadableInputException;

/**
 * Reads an RSS or Atom feed (Rome) into one document per item: the item's title stays in {@code title}, its
 * description or content, stripped of HTML, becomes the text. An item without text is one error naming the
 * feed and the item; the other items are read.
 *
 * <p>Rome gives dates as instants without the feed's zone, so item DCTs are in UTC (metadata
 * {@code dctZone: "UTC"}).
 */
public final class FeedReader implements DocumentReader {
    @Override
    public void read(TextInput input, DocumentSink sink) throws UnreadableInputException {
        SyndFeed feed = parse(input.text());
        String feedTitle = BodyText.blankToNull(plain(feed.getTitle()));
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            // Said, not skipped: an empty feed is often a broken download (found by FeedReaderFuzzTest).
            sink.error(DocumentError.of(input.source(), "the feed has no items"));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String title = BodyText.blankToNull(plain(entry.getTitle()));
            String text = BodyText.clean(body(entry));
            if (text.isEmpty()) {
                String name = title != null ? "'" + title + "'" : entry.getLink() != null ? entry.getLink() : "";
                sink.error(DocumentError.of(input.source(), "feed item " + (i + 1) + " " + name + " has no text"));
                continue;
            }
            sink.document(toDocument(entry, title, text, feedTitle, feed.getLanguage(), input, i + 1));
        }
    }

    private static SyndFeed parse(String xml) throws UnreadableInputException {
        SyndFeedInput feedInput = new SyndFeedInput();
        feedInput.setAllowDoctypes(false); // no DTDs: no external entities, no entity expansion attacks
        try {
            return feedInput.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            String reason = String.valueOf(e.getMessage()).contains("DOCTYPE is disallowed")
                    ? "DOCTYPE declarations are refused (they can pull in other files)" : firstLine(e.getMessage());
            throw new UnreadableInputException("not an RSS or Atom feed: " + reason);
        }
    }

    private static Document toDocument(SyndEntry entry, String title, String text, String feedTitle,
            String feedLanguage, TextInput input, int number) {
        String link = BodyText.blankToNull(entry.getLink());
        String id = BodyText.blankToNull(entry.getUri());
        Document document = new Document(id != null ? id : stableId(link, title, input.stem(), number), text);
        document.setSource(link != null ? link : input.source() + "#item-" + number);
        document.setTitle(title);
        document.setPublisher(feedTitle);
        document.setByline(BodyText.blankToNull(entry.getAuthor()));
        document.setLanguage(BodyText.blankToNull(feedLanguage));
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            DctParser.ofDateTime(LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC)).applyTo(document);
            document.getMetadata().put("dctZone", "UTC");
        }
        List<String> categories = entry.getCategories().stream()
                .map(SyndCategory::getName).map(BodyText::blankToNull).filter(c -> c != null).toList();
        if (!categories.isEmpty()) {
            document.getMetadata().put("categories", categories);
        }
        return document;
    }

    /** The longest of the content blocks and the description: feeds often put a teaser in one, all in the other. */
    private static String body(SyndEntry entry) {
        String best = entry.getDescription() == null ? "" : HtmlText.ofFragment(entry.getDescription().getValue());
        for (SyndContent content : entry.getContents()) {
            String text = HtmlText.ofFragment(content.getValue());
            if (text.length() > best.length()) {
                best = text;
            }
        }
        return best;
    }

    /** Items without guid: the same link and title give the same id on every run. */
    private static String stableId(String link, String title, String stem, int number) {
        if (link == null && title == null) {
            return stem + "-" + number;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((link + "\n" + title).getBytes(StandardCharsets.UTF_8));
            return "item-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String plain(String maybeHtml) {
        return maybeHtml == null ? null : Jsoup.parse(maybeHtml).text();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable XML";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
