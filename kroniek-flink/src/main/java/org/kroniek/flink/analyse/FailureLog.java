package org.kroniek.flink.analyse;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each failed input (source, line, problem) where a cluster's operators look: the task manager log. */
public final class FailureLog extends ProcessFunction<String, Void> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FailureLog.class);

    @Override
    public void processElement(String failure, Context context, Collector<Void> out) {
        LOG.warn("kroniek: input failed: {}", failure);
    }
}
