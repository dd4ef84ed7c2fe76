package io.github.regsec.formats;

import io.github.regsec.model.ChildRow;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import java.util.List;

/** The sink of a collecting read: builds the dataset and remembers where each row came from. */
final class DatasetCollector implements RecordSink {

    private final Dataset.Builder dataset = Dataset.builder();
    private final RecordLocations.Builder locations = new RecordLocations.Builder();

    @Override
    public void accept(DatasetRecord record, Location location, List<Location> childRowLocations) {
        dataset.add(record);
        locations.put(record, location);
        List<? extends ChildRow> children = RecordTables.of(record).childRows(record);
        for (int i = 0; i < children.size(); i++) {
            locations.put(children.get(i), childRowLocations.get(i));
        }
    }

    @Override
    public void accept(DatasetRecord record, String file, int line, int column) {
        dataset.add(record);
        locations.put(record, file, line, column);
        List<? extends ChildRow> children = RecordTables.of(record).childRows(record);
        for (int i = 0; i < children.size(); i++) {
            locations.put(children.get(i), file, line, column);
        }
    }

    @Override
    public void acceptAll(List<? extends DatasetRecord> records, String file, int[] lines, int[] columns) {
        for (DatasetRecord record : records) {
            if (!RecordTables.of(record).childRows(record).isEmpty()) {
                RecordSink.super.acceptAll(records, file, lines, columns); // each record's child rows after it
                return;
            }
        }
        dataset.addAll(records);
        locations.putAll(records, file, lines, columns);
    }

    Dataset dataset() {
        return dataset.build();
    }

    RecordLocations locations() {
        return locations.build();
    }
}
