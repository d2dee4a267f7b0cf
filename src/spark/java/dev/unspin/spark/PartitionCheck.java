package dev.unspin.spark;

import dev.unspin.audit.FeedRecord;
import dev.unspin.audit.LanguageFilter;
import dev.unspin.audit.RecordCheck;
import dev.unspin.model.ModelLocation;
import dev.unspin.pipeline.CheckPipeline;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * Checks one partition's records, one by one as Spark pulls them, into their documents.jsonl lines
 * with the local audit's {@link RecordCheck} (which never throws: a bad record fails, not the task).
 */
final class PartitionCheck implements FlatMapFunction<Iterator<FeedRecord>, String> {
    private final boolean allLanguages;

    /** {@code allLanguages}: check every record, else skip those not in English (as {@code unspin audit --all-languages}). */
    PartitionCheck(boolean allLanguages) {
        this.allLanguages = allLanguages;
    }

    @Override
    public Iterator<String> call(Iterator<FeedRecord> records) {
        RecordCheck check = new RecordCheck(pipeline()::check, allLanguages ? null : LanguageFilter.get());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, 0), false)
                .map(record -> check.line(record).json())
                .iterator();
    }

    /**
     * The check pipeline of this JVM (an executor's tasks share it), built on first use as {@code unspin
     * audit} builds it by default: every detector, the language model the driver shipped with the
     * job ({@link SparkAudit}'s {@code addFile}), else the one beside the code.
     */
    static CheckPipeline pipeline() {
        return Shared.PIPELINE;
    }

    private static final class Shared {
        static final CheckPipeline PIPELINE = create();

        private static CheckPipeline create() {
            Path shipped = Path.of(SparkFiles.get(ModelLocation.FILE_NAME));
            return CheckPipeline.builder().model(Files.isRegularFile(shipped) ? shipped : ModelLocation.defaultPath()).build();
        }
    }
}
