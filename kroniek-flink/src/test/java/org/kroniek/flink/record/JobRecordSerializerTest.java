package org.kroniek.flink.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.DocumentJson;
import org.kroniek.nlp.NlpPipelines;

class JobRecordSerializerTest {
    @Test
    void anAnalysedDocumentComesBackWithEveryLayer() throws IOException {
        Document document = new Document("astana", "De Russische minister Lavrov sprak dinsdag in Astana met zijn"
                + " Turkse collega over een staakt-het-vuren in Syrië.");
        document.setLanguage("nl");
        document.setDct("2017-01-10");
        NlpPipelines.standard(List.of()).process(document);
        JobRecord record = JobRecord.of(document);
        record.setOrdinal(41);
        record.setIdentity("id", "hash");
        record.setStoryFounder(17);

        JobRecord back = roundTrip(record);
        assertThat(back.ordinal()).isEqualTo(41);
        assertThat(back.storyFounder()).isEqualTo(17);
        assertThat(back.identity()).isEqualTo("id");
        assertThat(back.contentHash()).isEqualTo("hash");
        assertThat(back.document().getTokens()).hasSize(document.getTokens().size());
        assertThat(DocumentJson.toLine(back.document())).isEqualTo(DocumentJson.toLine(document));
    }

    @Test
    void aTextLongerThanWriteUtfAllowsSurvives() throws IOException {
        String text = "Een lang verhaal over de haven van Rotterdam. ".repeat(3000);
        JobRecord back = roundTrip(JobRecord.of(new Document("lang", text)));
        assertThat(back.document().getText()).hasSizeGreaterThan(65_536).isEqualTo(text);
    }

    @Test
    void aFailureKeepsItsSourceLineAndMessage() throws IOException {
        JobRecord record = JobRecord.failed(new DocumentError("feed.jsonl", 7, "not JSON"));
        record.setOrdinal(3);
        JobRecord back = roundTrip(record);
        assertThat(back.isFailed()).isTrue();
        assertThat(back.ordinal()).isEqualTo(3);
        assertThat(back.error()).isEqualTo(new DocumentError("feed.jsonl", 7, "not JSON"));
    }

    private static JobRecord roundTrip(JobRecord record) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(1024);
        JobRecordSerializer.INSTANCE.serialize(record, out);
        return JobRecordSerializer.INSTANCE.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
