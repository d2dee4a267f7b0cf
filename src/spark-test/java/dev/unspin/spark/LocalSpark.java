package dev.unspin.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode on two cores, no web UI; the job finds it as the active session. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("unspin spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
