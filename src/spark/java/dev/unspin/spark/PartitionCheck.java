package dev.unspin.spark;

import dev.unspin.audit.FeedRecord;
import dev.unspin.audit.LanguageFilter;
import dev.unspin.audit.RecordCheck;
import dev.unspin.model.ModelLocation;
import dev.unspin.originals.OriginalsIndex;
import dev.unspin.pipeline.CheckPipeline;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

/**
 * Checks one partition's records, one by one as Spark pulls them, into their documents.jsonl lines
 * with the local audit's {@link RecordCheck} (which never throws: a bad record fails, not the task).
 */
final class PartitionCheck implements FlatMapFunction<Iterator<FeedRecord>, String> {
    private final boolean allLanguages;
    private final String index;

    /**
     * {@code allLanguages}: check every record, else skip those not in English (as {@code unspin audit --all-languages});
     * {@code index}: the index of originals every executor opens (null: none).
     */
    PartitionCheck(boolean allLanguages, String index) {
        this.allLanguages = allLanguages;
        this.index = index;
    }

    @Override
    public Iterator<String> call(Iterator<FeedRecord> records) {
        RecordCheck check = new RecordCheck(pipeline(index)::check, allLanguages ? null : LanguageFilter.get());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, 0), false)
                .map(record -> check.line(record).json())
                .iterator();
    }

    /**
     * The check pipeline of this JVM for an index of originals (an executor's tasks share it), built on first use as
     * {@code unspin audit} builds it by default: every detector, the language model the driver shipped with the
     * job ({@link SparkAudit}'s {@code addFile}), else the one beside the code; the index (null: none) is opened
     * once per executor and stays open while it lives.
     */
    static CheckPipeline pipeline(String index) {
        return Shared.PIPELINES.computeIfAbsent(index == null ? "" : index, Shared::create);
    }

    private static final class Shared {
        static final ConcurrentHashMap<String, CheckPipeline> PIPELINES = new ConcurrentHashMap<>();

        private static CheckPipeline create(String index) {
            Path shipped = Path.of(SparkFiles.get(ModelLocation.FILE_NAME));
            return CheckPipeline.builder().model(Files.isRegularFile(shipped) ? shipped : ModelLocation.defaultPath())
                    .originals(index.isEmpty() ? null : OriginalsIndex.open(Path.of(index))).build();
        }
    }
}
