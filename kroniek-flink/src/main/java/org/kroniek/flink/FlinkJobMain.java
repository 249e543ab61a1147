package org.kroniek.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.kroniek.flink.sink.StoreTarget;
import org.kroniek.flink.source.ReadSettings;
import org.kroniek.ingest.ReaderOptions;

/**
 * Entry point for a Flink cluster: {@code flink run -c org.kroniek.flink.FlinkJobMain kroniek-flink-job.jar
 * --store LOCATION [--parallelism N] [--checkpoint-interval MS] [--monitor SECONDS] [--actors FILE]
 * [--input-format FORMAT] [--date DATE] [--stories keyed|writer] [--time-budget SECONDS] PATH...}. Paths must
 * be readable from every task manager.
 */
public final class FlinkJobMain {
    private FlinkJobMain() {
    }

    public static void main(String[] args) throws Exception {
        JobSettings settings = parse(args);
        StreamExecutionEnvironment env = JobEnvironment.cluster(settings);
        KroniekJob.build(env, settings, "cluster");
        env.execute(KroniekJob.NAME);
    }

    static JobSettings parse(String[] args) {
        List<String> paths = new ArrayList<>();
        List<Path> actors = new ArrayList<>();
        String store = null;
        String format = "auto";
        String date = null;
        int parallelism = 1;
        Duration checkpoints = JobSettings.DEFAULT_CHECKPOINT_INTERVAL;
        Duration monitor = null;
        StoryMode stories = StoryMode.KEYED;
        Duration budget = JobSettings.DEFAULT_ANALYSIS_BUDGET;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                paths.add(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--store" -> store = value;
                case "--parallelism" -> parallelism = Integer.parseInt(value);
                case "--checkpoint-interval" -> checkpoints = Duration.ofMillis(Long.parseLong(value));
                case "--monitor" -> monitor = Duration.ofSeconds(Long.parseLong(value));
                case "--actors" -> actors.add(Path.of(value));
                case "--input-format" -> format = value;
                case "--date" -> date = value;
                case "--stories" -> stories = StoryMode.parse(value);
                case "--time-budget" -> budget = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (store == null) {
            throw new IllegalArgumentException("--store LOCATION is required");
        }
        ReadSettings read = ReadSettings.of(new ReaderOptions(ReaderOptions.DEFAULT_MAX_BYTES, date, format));
        return JobSettings.of(paths, read, new StoreTarget(store)).withParallelism(parallelism)
                .withCheckpointInterval(checkpoints).withMonitorInterval(monitor).withActorFiles(actors)
                .withStories(stories).withAnalysisBudget(budget);
    }
}
