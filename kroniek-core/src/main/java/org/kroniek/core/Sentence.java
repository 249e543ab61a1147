package org.kroniek.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sentence, or a heading (a short line standing alone), as UTF-16 offsets into the document text,
 * end-exclusive.
 */
public record Sentence(int start, int end,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean heading) {
    public Sentence {
        Spans.check(start, end);
    }

    public Sentence(int start, int end) {
        this(start, end, false);
    }
}
