package org.kroniek.ingest.readers;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article: the {@code <article>} (the one with most paragraph text if
 * there are several), else {@code <main>}, else the element whose own {@code <p>} children carry the most
 * text. Navigation, headers, footers, asides, forms, scripts and styles are removed first, so that menus and
 * cookie banners do not end up in the text.
 */
final class HtmlMainContent {
    private static final String BOILERPLATE = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, nav, header, footer, aside, form, button, select, textarea, input, dialog, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=search]";

    private HtmlMainContent() {
    }

    /** Removes boilerplate from {@code page} (in place) and returns the element that holds the article. */
    static Element find(Document page) {
        page.select(BOILERPLATE).remove();
        Element best = mostParagraphText(page, "article");
        if (best == null) {
            best = page.selectFirst("main, [role=main]");
        }
        if (best == null) {
            best = parentOfMostParagraphText(page);
        }
        return best != null ? best : page.body();
    }

    private static Element mostParagraphText(Document page, String selector) {
        Element best = null;
        int bestLength = -1;
        for (Element candidate : page.select(selector)) {
            int length = candidate.select("p").text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /**
     * Pages without semantic markup: the container whose paragraphs add up to the most text; on a tie the
     * first in document order, so that the result does not depend on hashing.
     */
    private static Element parentOfMostParagraphText(Document page) {
        Map<Element, Integer> textPerParent = new IdentityHashMap<>();
        List<Element> parentsInOrder = new ArrayList<>();
        for (Element paragraph : page.select("p")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                if (!textPerParent.containsKey(parent)) {
                    parentsInOrder.add(parent);
                }
                textPerParent.merge(parent, paragraph.text().length(), Integer::sum);
            }
        }
        Element best = null;
        int bestLength = 0;
        for (Element parent : parentsInOrder) {
            if (textPerParent.get(parent) > bestLength) {
                best = parent;
                bestLength = textPerParent.get(parent);
            }
        }
        return best;
    }
}
