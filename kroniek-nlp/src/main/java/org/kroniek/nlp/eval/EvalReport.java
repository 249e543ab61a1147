package org.kroniek.nlp.eval;

import java.util.Map;

/** What every evaluator returns: one JSON object for machines, one table for people. */
public interface EvalReport {
    Map<String, Object> toJsonMap();

    String toTable();
}
