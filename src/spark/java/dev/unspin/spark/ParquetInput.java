package dev.unspin.spark;

import dev.unspin.audit.FeedRecord;
import dev.unspin.audit.JsonLinesReader;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.util.List;
import java.util.Set;

/**
 * The records of a Parquet file: its rows in file order, numbered from 1 ({@code FILE:ROW}); the
 * fields' columns are read as strings (a missing column is absent in every row) and made into
 * records by {@link JsonLinesReader#record}, as JSON Lines fields are.
 */
final class ParquetInput {
    private ParquetInput() {
    }

    static JavaRDD<FeedRecord> records(SparkSession spark, InputFile file, JsonLinesReader.Fields fields) {
        Dataset<Row> rows = spark.read().parquet(file.path().toString());
        Set<String> columns = Set.of(rows.columns());
        Column[] wanted = List.of(fields.id(), fields.source(), fields.url(), fields.html(), fields.text()).stream()
                .map(field -> (columns.contains(field) ? rows.col(field) : functions.lit(null)).cast("string"))
                .toArray(Column[]::new);
        String name = file.name();
        return rows.select(wanted).javaRDD().zipWithIndex()
                .map(row -> JsonLinesReader.record(row._1().getString(0), row._1().getString(1), row._1().getString(2),
                        row._1().getString(3), row._1().getString(4), name + ":" + (row._2() + 1), fields));
    }
}
