package io.github.regsec.spark;

import io.github.regsec.model.RecordKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * The reference records of the validation running on this executor, decoded once per JVM rather
 * than once per partition: the last broadcast's records are kept.
 */
final class ReferenceCache {

    private static long broadcastId = -1;
    private static List<SparkRows.Located> records = List.of();

    private ReferenceCache() {
    }

    static synchronized List<SparkRows.Located> records(Broadcast<Map<RecordKind, List<Row>>> cast) {
        if (cast.id() != broadcastId) {
            List<SparkRows.Located> decoded = new ArrayList<>();
            cast.value().forEach((kind, rows) -> rows.forEach(row -> decoded.add(SparkRows.located(kind, row))));
            records = Collections.unmodifiableList(decoded);
            broadcastId = cast.id();
        }
        return records;
    }
}
