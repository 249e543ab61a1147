package org.kroniek.ingest.readers;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.kroniek.core.Document;
import org.kroniek.ingest.Dct;
import org.kroniek.ingest.DctParser;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.TextInput;
import org.kroniek.ingest.UnreadableInputException;

/**
 * Reads an HTML page as one document: the article's main text (see {@link HtmlMainContent}), and title,
 * publication date, publisher, byline and language from the page's meta data.
 */
public final class HtmlReader implements DocumentReader {
    /** Where pages put their publication date, most specific first. */
    private static final List<String> DATE_SELECTORS = List.of(
            "meta[property='article:published_time']", "meta[property='og:published_time']",
            "meta[name='date']", "meta[name='dc.date']", "meta[name='dc.date.issued']",
            "meta[name='dcterms.created']", "meta[name='pubdate']", "meta[itemprop='datePublished']",
            "article time[datetime]", "time[pubdate][datetime]", "time[datetime]");

    @Override
    public void read(TextInput input, DocumentSink sink) throws UnreadableInputException {
        org.jsoup.nodes.Document page = Jsoup.parse(input.text());
        // Meta data first: the main-text search removes headers, where the headline and byline often are.
        String title = title(page);
        Optional<Dct> dct = publicationDate(page);
        String publisher = meta(page, "meta[property='og:site_name']");
        String byline = byline(page);
        String language = languageHint(page);
        String canonicalUrl = BodyText.blankToNull(page.select("link[rel=canonical]").attr("href"));

        Element main = HtmlMainContent.find(page);
        removeRepeatedHeadline(main, title);
        String text = BodyText.clean(HtmlText.of(main));
        if (text.isEmpty()) {
            throw new UnreadableInputException("no text found in the HTML");
        }
        Document document = new Document(input.stem(), text);
        document.setSource(input.source());
        document.setTitle(title);
        dct.ifPresent(d -> d.applyTo(document));
        document.setPublisher(publisher);
        document.setByline(byline);
        document.setLanguage(language);
        if (canonicalUrl != null) {
            document.getMetadata().put("url", canonicalUrl);
        }
        sink.document(document);
    }

    private static String title(org.jsoup.nodes.Document page) {
        String og = meta(page, "meta[property='og:title']");
        if (og != null) {
            return og;
        }
        String title = BodyText.blankToNull(page.title());
        if (title != null) {
            return title;
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : BodyText.blankToNull(h1.text());
    }

    private static Optional<Dct> publicationDate(org.jsoup.nodes.Document page) {
        for (String selector : DATE_SELECTORS) {
            for (Element element : page.select(selector)) {
                String value = element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content");
                Optional<Dct> dct = DctParser.parse(value);
                if (dct.isPresent()) {
                    return dct;
                }
            }
        }
        return Optional.empty();
    }

    private static String byline(org.jsoup.nodes.Document page) {
        String author = meta(page, "meta[name='author']");
        if (author != null) {
            return author;
        }
        // article:author is often a profile URL, which is not a byline.
        String articleAuthor = meta(page, "meta[property='article:author']");
        return articleAuthor == null || articleAuthor.startsWith("http") ? null : articleAuthor;
    }

    private static String languageHint(org.jsoup.nodes.Document page) {
        String lang = BodyText.blankToNull(page.select("html").attr("lang"));
        if (lang == null) {
            lang = meta(page, "meta[http-equiv='content-language']");
        }
        return lang != null ? lang : meta(page, "meta[property='og:locale']");
    }

    /** The article's own {@code <h1>} repeats the title, which is kept separately. */
    private static void removeRepeatedHeadline(Element main, String title) {
        Element h1 = main.selectFirst("h1");
        if (h1 != null && title != null && h1.text().strip().equalsIgnoreCase(title)) {
            h1.remove();
        }
    }

    private static String meta(org.jsoup.nodes.Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : BodyText.blankToNull(element.attr("content"));
    }
}
