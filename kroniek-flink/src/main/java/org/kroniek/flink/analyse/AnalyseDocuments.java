package org.kroniek.flink.analyse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.kroniek.core.AnalysisTimeoutException;
import org.kroniek.core.DocumentError;
import org.kroniek.core.Pipeline;
import org.kroniek.flink.record.JobRecord;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.store.dedup.DocumentIdentity;

/**
 * Runs the standard analysis pipeline of {@code kroniek ingest} ({@link NlpPipelines#standard}, with the user's
 * actor files) over each document. The models are loaded in {@link #open}, once per parallel instance (task
 * slot), and shared by every document it sees. A document the pipeline fails on becomes a failure record naming
 * it, reported on the {@link #FAILURES} side output; so does one whose analysis takes longer than its time budget
 * ({@code --time-budget}, checked between stages as in {@code kroniek ingest}); the job goes on.
 */
public final class AnalyseDocuments extends ProcessFunction<JobRecord, JobRecord> {
    private static final long serialVersionUID = 1L;

    /** One line per input that could not be read or analysed: {@code source[:line]: problem}. */
    public static final OutputTag<String> FAILURES = new OutputTag<>("kroniek-failures", Types.STRING);

    private final List<String> actorFiles;
    private final Duration budget;
    private transient Pipeline pipeline;
    private transient Counter analysed;
    private transient Counter failed;

    /** @param budget how long one document's analysis may take; one that takes longer is reported and skipped */
    public AnalyseDocuments(List<Path> actorFiles, Duration budget) {
        this.actorFiles = actorFiles.stream().map(Path::toString).toList();
        this.budget = budget;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = NlpPipelines.standard(actorFiles.stream().map(Path::of).toList());
        analysed = getRuntimeContext().getMetricGroup().counter("documentsAnalysed");
        failed = getRuntimeContext().getMetricGroup().counter("documentsFailed");
    }

    @Override
    public void processElement(JobRecord record, Context context, Collector<JobRecord> out) {
        if (!record.isFailed()) {
            // The identity is taken before analysis, as the embedded ingest takes it.
            DocumentIdentity identity = DocumentIdentity.of(record.document());
            record.setIdentity(identity.identity(), identity.contentHash());
            try {
                pipeline.process(record.document(), budget);
                analysed.inc();
            } catch (AnalysisTimeoutException e) {
                record.fail(DocumentError.of(record.document().getSource(), e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                record.fail(DocumentError.of(record.document().getSource(), "analysis failed in document "
                        + record.document().getId() + ": " + e));
            }
        }
        if (record.isFailed()) {
            failed.inc();
            context.output(FAILURES, record.error().toString());
        }
        out.collect(record);
    }
}
