package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeEvaluatorTest {
    private static final Path DATA = Path.of(System.getProperty("kroniek.shared", "../../shared")).resolve("data");

    /** A tiny treebank written for this test: two paragraphs, a multiword token and a deliberate miss. */
    private static final String FIXTURE = """
            # newdoc id = t1
            # newpar
            # sent_id = t1.p.1.s.1
            # text = Het regent in Den Haag.
            1	Het	het	PRON	_	_	2	nsubj	_	_
            2	regent	regenen	VERB	_	_	0	root	_	_
            3	in	in	ADP	_	_	4	case	_	_
            4	Den	Den	PROPN	_	_	2	obl	_	_
            5	Haag	Haag	PROPN	_	_	4	flat	_	SpaceAfter=No
            6	.	.	PUNCT	_	_	2	punct	_	_

            # sent_id = t1.p.1.s.2
            # text = Dhr. Smit blijft thuis.
            1	Dhr.	dhr.	NOUN	_	_	2	nsubj	_	_
            2	Smit	Smit	PROPN	_	_	3	nsubj	_	_
            3	blijft	blijven	VERB	_	_	0	root	_	_
            4	thuis	thuis	ADV	_	_	3	advmod	_	SpaceAfter=No
            5	.	.	PUNCT	_	_	3	punct	_	_

            # newpar
            # sent_id = t1.p.2.s.1
            # text = Vandaag
            1-2	Vandaag	_	_	_	_	_	_	_	_
            1	Van	van	ADP	_	_	2	case	_	_
            2	daag	dag	NOUN	_	_	0	root	_	_

            """;

    @Test
    void scoresExactSpans(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.conllu");
        Files.writeString(file, FIXTURE);
        List<String> errors = new ArrayList<>();
        TokenizeScores scores = TokenizeEvaluator.evaluate(file, "nl", TextLayout.PARAGRAPHS, errors::add);
        assertThat(scores.goldTokens()).isEqualTo(12);
        assertThat(scores.systemTokens()).isEqualTo(12);
        assertThat(scores.matchedTokens()).isEqualTo(12);
        assertThat(scores.goldSentences()).isEqualTo(3);
        assertThat(scores.sentenceF1()).isEqualTo(1.0);
        assertThat(errors).isEmpty();
        assertThat(scores.toJsonMap()).containsKeys("token_precision", "token_recall", "token_f1",
                "sentence_precision", "sentence_recall", "sentence_f1", "gold_tokens", "system_tokens",
                "gold_sentences", "system_sentences", "file");
        assertThat(scores.toTable()).contains("tokens", "sentences", "1.0000");
    }

    @Test
    void countsMisses(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("miss.conllu");
        Files.writeString(file, """
                # sent_id = x.p.1.s.1
                # text = Zie www.x.nl nu
                1	Zie	_	_	_	_	_	_	_	_
                2	www	_	_	_	_	_	_	_	_
                3	.x.nl	_	_	_	_	_	_	_	_
                4	nu	_	_	_	_	_	_	_	_

                """);
        TokenizeScores scores = TokenizeEvaluator.evaluate(file);
        assertThat(scores.goldTokens()).isEqualTo(4);
        assertThat(scores.systemTokens()).isEqualTo(3);
        assertThat(scores.matchedTokens()).isEqualTo(2);
        assertThat(scores.tokenPrecision()).isEqualTo(2.0 / 3);
        assertThat(scores.tokenRecall()).isEqualTo(0.5);
    }

    @Test
    void udDutchTestSetsMeetTheTokenGate() throws IOException {
        Path alpino = DATA.resolve("ud-dutch-alpino/nl_alpino-ud-test.conllu");
        Path lassy = DATA.resolve("ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu");
        assumeTrue(Files.exists(alpino) && Files.exists(lassy),
                "../shared absent: skipped UD Dutch tokenizer gate (" + DATA + ")");
        TokenizeScores alpinoScores = TokenizeEvaluator.evaluate(alpino);
        TokenizeScores lassyScores = TokenizeEvaluator.evaluate(lassy);
        // Figures recorded in docs/RESULTS.md, with a small tolerance for deliberate convention changes.
        assertThat(alpinoScores.tokenF1()).isGreaterThanOrEqualTo(RecordedResults.gate("tokenize_alpino_token_f1") - 0.002);
        assertThat(alpinoScores.sentenceF1())
                .isGreaterThanOrEqualTo(RecordedResults.gate("tokenize_alpino_sentence_f1") - 0.005);
        assertThat(lassyScores.tokenF1()).isGreaterThanOrEqualTo(RecordedResults.gate("tokenize_lassy_token_f1") - 0.002);
        // LassySmall glues headings and list items into running paragraphs: see docs in TokenizeEvaluator
        assertThat(lassyScores.sentenceF1())
                .isGreaterThanOrEqualTo(RecordedResults.gate("tokenize_lassy_sentence_f1") - 0.005);
    }
}
