package org.kroniek.ingest.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Identifies the language of a document with OpenNLP's language detector and the packaged langdetect-183
 * model (103 languages, from {@code opennlp-models-langdetect}).
 *
 * <p>The model (10 MB) is loaded once, on first use, and shared; loading takes 0.6 to 1 s. The class is
 * thread-safe: {@code LanguageDetectorME} keeps per-call state and is not, so the shared detector is OpenNLP's
 * {@link ThreadSafeLanguageDetectorME}, which gives each thread its own instance over the one model.
 */
public final class LanguageIdentifier {
    /** Below this many characters the model's answer is noise; a hint or the default decides. */
    public static final int MIN_RELIABLE_CHARS = 20;
    /** The model reads character n-grams; a few sentences are as good as the whole text and keep it fast. */
    static final int MAX_SAMPLE_CHARS = 600;
    /** The language assumed for texts too short to identify: kroniek is Dutch first. */
    public static final String DEFAULT_LANGUAGE = "nl";

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Close relatives the model confuses with Dutch on short news sentences ("Het kabinet wil ..." → afr). */
    private static final Set<String> DUTCH_NEIGHBOURS = Set.of("af", "li", "fy", "nds", "vls", "zea");
    /** A supported language this close to the winner is taken instead: nl and en are what kroniek expects. */
    private static final double SUPPORTED_MARGIN = 0.75;
    private static final int NEIGHBOUR_RANKS = 5;
    /** Hints that name a language; anything else ({@code x-klingon}, {@code 12}) is ignored. */
    private static final Pattern USABLE_HINT = Pattern.compile("[a-z]{2,3}");
    /** ISO 639 codes for "undetermined", "multiple" and "no linguistic content": no hint at all. */
    private static final Set<String> UNDETERMINED = Set.of("und", "mul", "zxx", "mis");

    /** Lazy holder: the JVM loads the model once, when a thread first needs it, without explicit locking. */
    private static final class Model {
        static final long LOAD_MILLIS;
        static final LanguageDetector DETECTOR;

        static {
            long start = System.nanoTime();
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL_RESOURCE
                            + " is not on the class path (dependency opennlp-models-langdetect)");
                }
                DETECTOR = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
            }
            LOAD_MILLIS = (System.nanoTime() - start) / 1_000_000;
        }
    }

    /** Cheap: the model is shared by all instances and loaded on first use. */
    public LanguageIdentifier() {
    }

    /** How long loading the model took, in milliseconds (loads it if needed). */
    public static long modelLoadMillis() {
        return Model.LOAD_MILLIS;
    }

    /**
     * The language of {@code text}, trusting {@code hint} (a code from the input format, such as {@code nl-NL})
     * when there is one; for texts shorter than {@link #MIN_RELIABLE_CHARS} without a hint, Dutch.
     */
    public LanguageGuess identify(String text, String hint) {
        String hinted = LanguageCodes.toIso6391(hint);
        if (hinted != null && USABLE_HINT.matcher(hinted).matches() && !UNDETERMINED.contains(hinted)) {
            return new LanguageGuess(hinted, 1.0, LanguageGuess.Basis.HINT);
        }
        return identify(text);
    }

    /**
     * The language of {@code text}: Dutch or English straight away when their function words leave no doubt,
     * else by the model; Dutch for texts too short to tell.
     */
    public LanguageGuess identify(String text) {
        String sample = sample(text);
        if (sample.codePointCount(0, sample.length()) < MIN_RELIABLE_CHARS) {
            return new LanguageGuess(DEFAULT_LANGUAGE, 0.0, LanguageGuess.Basis.DEFAULT);
        }
        String obvious = FunctionWordVote.decide(sample);
        if (obvious != null) {
            return new LanguageGuess(obvious, 1.0, LanguageGuess.Basis.FUNCTION_WORDS);
        }
        Language[] ranked = Model.DETECTOR.predictLanguages(sample);
        return choose(ranked);
    }

    /**
     * The model's winner, except where a supported language is a near miss: Dutch loses to its neighbours
     * (Afrikaans, Limburgish, Frisian, Low Saxon) on short texts, and a close second nl or en is more likely
     * right in a Dutch and English news stream than the winner.
     */
    private static LanguageGuess choose(Language[] ranked) {
        Language top = ranked[0];
        String topCode = LanguageCodes.toIso6391(top.getLang());
        if (topCode.equals("nl") || topCode.equals("en")) {
            return new LanguageGuess(topCode, top.getConfidence(), LanguageGuess.Basis.MODEL);
        }
        for (int rank = 1; rank < Math.min(ranked.length, NEIGHBOUR_RANKS); rank++) {
            Language candidate = ranked[rank];
            String code = LanguageCodes.toIso6391(candidate.getLang());
            boolean nearMiss = candidate.getConfidence() >= SUPPORTED_MARGIN * top.getConfidence();
            boolean dutchNeighbour = code.equals("nl") && DUTCH_NEIGHBOURS.contains(topCode);
            if ((code.equals("nl") || code.equals("en")) && (nearMiss || dutchNeighbour)) {
                return new LanguageGuess(code, candidate.getConfidence(), LanguageGuess.Basis.MODEL);
            }
        }
        return new LanguageGuess(topCode, top.getConfidence(), LanguageGuess.Basis.MODEL);
    }

    private static String sample(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() <= MAX_SAMPLE_CHARS) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', MAX_SAMPLE_CHARS);
        return stripped.substring(0, cut > 0 ? cut : MAX_SAMPLE_CHARS);
    }
}
