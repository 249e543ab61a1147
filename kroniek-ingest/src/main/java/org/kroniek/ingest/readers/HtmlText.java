package org.kroniek.ingest.readers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as plain text the way a reader sees it: each block element (paragraph, heading, list item, ...)
 * becomes a paragraph, paragraphs are separated by a blank line, white space inside a paragraph is collapsed,
 * and {@code <br>} is a line break. Used for HTML pages and for the HTML inside feed items.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul");

    private HtmlText() {
    }

    /** The text of an HTML fragment (e.g. an RSS description). */
    public static String ofFragment(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** The text of an element and its descendants. */
    public static String of(Element root) {
        Renderer renderer = new Renderer();
        NodeTraversor.traverse(renderer, root);
        renderer.endParagraph();
        return String.join("\n\n", renderer.paragraphs);
    }

    private static final class Renderer implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode);
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    trimTrailingSpace();
                    current.append('\n');
                } else if (BLOCKS.contains(element.normalName())) {
                    endParagraph();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                endParagraph();
            }
        }

        private void appendText(TextNode textNode) {
            if (insidePre(textNode)) {
                current.append(textNode.getWholeText());
                return;
            }
            String text = textNode.getWholeText().replace('\u00A0', ' ');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!current.isEmpty() && !endsWithSpace()) {
                        current.append(' ');
                    }
                } else {
                    current.append(c);
                }
            }
        }

        private boolean endsWithSpace() {
            char last = current.charAt(current.length() - 1);
            return last == ' ' || last == '\n';
        }

        private void trimTrailingSpace() {
            while (!current.isEmpty() && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        private void endParagraph() {
            String paragraph = current.toString().replaceAll(" *\n *", "\n").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }

        private static boolean insidePre(TextNode node) {
            for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
                if (parent instanceof Element element && element.nameIs("pre")) {
                    return true;
                }
            }
            return false;
        }
    }
}
