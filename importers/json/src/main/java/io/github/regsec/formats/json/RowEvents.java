package io.github.regsec.formats.json;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.util.ArrayList;
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
            public void rejected(Location location, List<Problem> why) throws ImportException {
                context.rejected(location, why);
            }

            @Override
            public void report(Problem problem) throws ImportException {
                context.report(problem);
            }
        };
    }

    /** Keeps the events in order, to replay them later to a context; one per chunk of input. */
    final class Recorder implements RowEvents {

        /** One recorded event. */
        private record Event(DatasetRecord record, Location location, List<Location> childRowLocations,
                             List<Problem> why, Problem problem) {
        }

        private final List<Event> events = new ArrayList<>();

        @Override
        public void accept(DatasetRecord record, Location location, List<Location> childRowLocations) {
            events.add(new Event(record, location, childRowLocations, null, null));
        }

        @Override
        public void rejected(Location location, List<Problem> why) {
            events.add(new Event(null, location, null, why, null));
        }

        @Override
        public void report(Problem problem) {
            events.add(new Event(null, null, null, null, problem));
        }

        /** Passes the events on to a context, in the order they came. */
        void replay(ImportContext context) throws ImportException {
            for (Event event : events) {
                if (event.record() != null) {
                    context.accept(event.record(), event.location(), event.childRowLocations());
                } else if (event.why() != null) {
                    context.rejected(event.location(), event.why());
                } else {
                    context.report(event.problem());
                }
            }
        }
    }
}
