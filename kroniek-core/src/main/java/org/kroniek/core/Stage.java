package org.kroniek.core;

/**
 * One analysis step: reads the layers earlier stages set on a document and adds its own. Stages hold no
 * per-document state, so one instance (with its loaded models) serves every thread: the CLI, the server
 * and a Flink operator all run the same objects.
 */
public interface Stage {
    /** A short name for progress, timing and error messages, e.g. {@code tokenize}. */
    String name();

    /** Adds this stage's layer(s) to the document. */
    void process(Document document);
}
