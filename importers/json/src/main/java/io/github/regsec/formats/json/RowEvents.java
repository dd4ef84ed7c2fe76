package io.github.regsec.formats.json;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the JSON readers report the rows they read: the three {@link ImportContext} calls they
 * make. Either straight to a context, or {@linkplain Recorder recorded} on a decoding thread and
 * {@linkplain Recorder#replay(ImportContext) replayed} to the context, in the same order, on the
 * reading thread (a context is not thread-safe, and the order of records and problems must not
 * depend on the threads).
 */
interface RowEvents {

    /** See {@link ImportContext#accept(DatasetRecord, Location, List)}. */
    void accept(DatasetRecord record, Location location, List<Location> childRowLocations) throws ImportException;

    /** See {@link ImportContext#accept(DatasetRecord, String, int, int)}: a record with no child rows located apart. */
    void accept(DatasetRecord record, String file, int line, int column) throws ImportException;

    /** See {@link ImportContext#rejected(Location, List)}. */
    void rejected(Location location, List<Problem> why) throws ImportException;

    /** See {@link ImportContext#report(Problem)}. */
    void report(Problem problem) throws ImportException;

    /** The events passed straight to a context. */
    static RowEvents of(ImportContext context) {
        return new RowEvents() {
            @Override
            public void accept(DatasetRecord record, Location location, List<Location> childRowLocations) {
                context.accept(record, location, childRowLocations);
            }

            @Override
            public void accept(DatasetRecord record, String file, int line, int column) {
                context.accept(record, file, line, column);
            }

            @Override
            public void rejected(Location location, List<Problem> why) throws ImportException {
                context.rejected(location, why);
            }

            @Override
            public void report(Problem problem) throws ImportException {
                context.report(problem);
            }
        };
    }

    /**
     * Keeps the events in order, to replay them later to a context; one per chunk of input. A
     * record located by its line and column alone is kept with two numbers, without an object
     * of its own; other events are kept as they came.
     */
    final class Recorder implements RowEvents {

        /** An event other than a record located by line and column. */
        private record Event(DatasetRecord record, Location location, List<Location> childRowLocations,
                             List<Problem> why, Problem problem) {
        }

        private final String file;
        /** Each event: a {@link DatasetRecord} located by {@link #lines} and {@link #columns}, or an {@link Event}. */
        private final List<Object> events;
        private int[] lines;
        private int[] columns;

        /**
         * @param file the file whose records are located by line and column
         * @param expected about how many events to expect
         */
        Recorder(String file, int expected) {
            this.file = file;
            int capacity = Math.max(16, expected);
            events = new ArrayList<>(capacity);
            lines = new int[capacity];
            columns = new int[capacity];
        }

        @Override
        public void accept(DatasetRecord record, Location location, List<Location> childRowLocations) {
            events.add(new Event(record, location, childRowLocations, null, null));
        }

        @Override
        public void accept(DatasetRecord record, String file, int line, int column) {
            if (!file.equals(this.file)) {
                throw new IllegalArgumentException("a recorder of " + this.file + " holds no record of " + file);
            }
            int at = events.size();
            if (at == lines.length) {
                lines = Arrays.copyOf(lines, 2 * at);
                columns = Arrays.copyOf(columns, 2 * at);
            }
            lines[at] = line;
            columns[at] = column;
            events.add(record);
        }

        @Override
        public void rejected(Location location, List<Problem> why) {
            events.add(new Event(null, location, null, why, null));
        }

        @Override
        public void report(Problem problem) {
            events.add(new Event(null, null, null, null, problem));
        }

        /** Passes the events on to a context, in the order they came; each run of records at once. */
        void replay(ImportContext context) throws ImportException {
            int i = 0;
            while (i < events.size()) {
                if (events.get(i) instanceof DatasetRecord) {
                    int end = i + 1;
                    while (end < events.size() && events.get(end) instanceof DatasetRecord) {
                        end++;
                    }
                    boolean all = i == 0;
                    context.acceptAll(records(i, end), file, all ? lines : Arrays.copyOfRange(lines, i, end),
                            all ? columns : Arrays.copyOfRange(columns, i, end));
                    i = end;
                    continue;
                }
                Event event = (Event) events.get(i++);
                if (event.record() != null) {
                    context.accept(event.record(), event.location(), event.childRowLocations());
                } else if (event.why() != null) {
                    context.rejected(event.location(), event.why());
                } else {
                    context.report(event.problem());
                }
            }
        }

        /** The events from {@code from} to {@code to}, all records located by line and column. */
        @SuppressWarnings("unchecked")
        private List<DatasetRecord> records(int from, int to) {
            return (List<DatasetRecord>) (List<?>) events.subList(from, to);
        }
    }
}
