package org.kroniek.nlp.ner;

/** The weights of one tagging pass: feature weights per label and label transitions. */
record Pass(FeatureWeights weights, float[] transitions) {
}
