package dev.unspin.spark;

import dev.unspin.audit.FeedRecord;
import dev.unspin.audit.JsonLinesReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import java.util.Arrays;
import java.util.Objects;

/**
 * The records of a JSON Lines file, as {@code unspin audit} reads them: lines split at \n only, taken
 * as bytes (so invalid UTF-8 fails its record as it does locally), numbered from 1 with blank lines
 * counted but not records, each parsed by {@link JsonLinesReader#parseLine} (a byte order mark before line 1
 * dropped, a line over --max-record-size failed). Hadoop gunzips .gz files.
 */
final class JsonLinesInput {
    private JsonLinesInput() {
    }

    static JavaRDD<FeedRecord> records(JavaSparkContext sc, InputFile file, JsonLinesReader.Fields fields, long maxRecordBytes) {
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        // the default splits at \r too; the local reader drops a \r only before a \n, and so does parse
        conf.set("textinputformat.record.delimiter", "\n");
        String name = file.name();
        return sc.newAPIHadoopFile(file.path().toString(), TextInputFormat.class, LongWritable.class, Text.class, conf)
                .map(line -> Arrays.copyOf(line._2().getBytes(), line._2().getLength())) // Hadoop reuses the Text
                .zipWithIndex()
                .map(line -> JsonLinesReader.parseLine(line._1(), line._1().length, line._2() + 1, name, fields, maxRecordBytes))
                .filter(Objects::nonNull);
    }
}
