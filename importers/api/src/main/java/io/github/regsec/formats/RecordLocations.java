package io.github.regsec.formats;

import io.github.regsec.model.Row;
import io.github.regsec.problem.Location;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each record and child row of an imported dataset came from. Keyed by the instance
 * (records that are equal but were read from two places keep both places). Immutable once
 * built; {@link #none()} for datasets built in code.
 */
public final class RecordLocations {

    private static final RecordLocations NONE = new RecordLocations(new IdentityHashMap<>());

    private final Map<Row, Location> locations;

    private RecordLocations(Map<Row, Location> locations) {
        this.locations = locations;
    }

    /**
     * No locations: for datasets that were not read from files.
     *
     * @return the empty locations
     */
    public static RecordLocations none() {
        return NONE;
    }

    /**
     * Where this record, name or participant instance was read from.
     *
     * @param row a record or child row of the dataset these locations belong to
     * @return where it starts, or empty for a row that was not read from a file
     */
    public Optional<Location> of(Row row) {
        return Optional.ofNullable(locations.get(row));
    }

    /**
     * The number of rows with a location.
     *
     * @return the count of records and child rows located
     */
    public int size() {
        return locations.size();
    }

    /** Collects locations; not thread-safe. */
    static final class Builder {
        private final IdentityHashMap<Row, Location> map = new IdentityHashMap<>();

        void put(Row row, Location location) {
            map.put(row, location);
        }

        RecordLocations build() {
            return map.isEmpty() ? NONE : new RecordLocations(map);
        }
    }
}
