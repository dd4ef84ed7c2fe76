/**
 * regsec on Apache Spark: datasets as one Spark {@code Dataset<Row>} per record kind
 * ({@link io.github.regsec.spark.SparkDataset}), read in parallel from JSON Lines and Parquet, and
 * validated with the single-machine rules ({@link io.github.regsec.spark.SparkValidator}), and
 * queried with the single-machine answers ({@link io.github.regsec.spark.SparkQueries}).
 */
package io.github.regsec.spark;
