package io.github.regsec.formats.csv;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.codec.ColumnDecoder;
import io.github.regsec.formats.codec.Decoded;
import io.github.regsec.formats.csv.rows.CsvHeader;
import io.github.regsec.formats.csv.rows.CsvRow;
import io.github.regsec.formats.csv.rows.CsvRowHandler;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the records of one read from the rows of its files. A CSV directory keeps child rows in
 * files of their own ({@code names.csv}, {@code meeting_participants.csv}), so records wait here
 * until every file is read; {@link #finish()} then attaches each child row to its parent (or
 * rejects it with {@code unknown-reference}) and hands the records to the context in file order,
 * each file's in row order: dataset order when files are added in {@code RecordTables} order.
 *
 * <p>Each file's rows go to a {@link FileRecords} of its own, which may be filled on another
 * thread (with a {@linkplain ImportContext#part() part} of the context); files are assembled
 * in the order they were added, whatever order they were read in. One per read.
 */
final class DatasetAssembler {

    private final ImportContext context;
    private final List<FileRecords> files = new ArrayList<>();

    DatasetAssembler(ImportContext context) {
        this.context = context;
    }

    /**
     * The records of the next file, in assembly order.
     *
     * @param table the kind of rows the file holds
     * @param reportTo the context the file's rejected rows and problems go to: this read's, or a part of it
     */
    FileRecords file(RecordTable<?> table, ImportContext reportTo) {
        FileRecords file = new FileRecords(table, reportTo);
        files.add(file);
        return file;
    }

    /**
     * Decodes each row of one file as it is read: keeps its record (or child row) with its line,
     * or rejects the row with its problems. Filled by one thread.
     */
    static final class FileRecords implements CsvRowHandler {
        private final RecordTable<?> table;
        private final ImportContext context;
        private String file;
        private ColumnDecoder<?> decoder;
        private ColumnDecoder.Recent recent;
        private final List<Row> rows = new ArrayList<>();
        private int[] lines = new int[16];
        private final List<String> parentIds;
        /** Ids of rows rejected for their values, with where the first of each was. */
        private final Map<String, Location> rejectedIds = new HashMap<>();

        private FileRecords(RecordTable<?> table, ImportContext context) {
            this.table = table;
            this.context = context;
            this.parentIds = table.isChild() ? new ArrayList<>() : null;
        }

        /** The kind of rows the file holds. */
        RecordTable<?> table() {
            return table;
        }

        /** Starts the file: its name for locations, its header for the columns. */
        void start(String fileName, CsvHeader header) {
            this.file = fileName;
            this.decoder = ColumnDecoder.compile(table, header.columns());
            this.recent = decoder.recent();
        }

        @Override
        public void row(int line, String[] values) throws ImportException {
            Row row = decoder.decodeClean(values, recent);
            String parentId = table.isChild() ? decoder.text(values, table.parentField()) : null;
            if (row != null && (parentId == null ? !table.isChild() : !parentId.isBlank())) {
                keep(row, line, parentId);
                return;
            }
            Location location = Location.of(file, line);
            Decoded<? extends Row> decoded = decoder.decode(values, location);
            List<Problem> problems = new ArrayList<>(decoded.problems());
            if (table.isChild() && (parentId == null || parentId.isBlank())) {
                problems.add(0, Problem.error(RuleIds.REQUIRED, table.parentField() + " is required: give the id of the "
                        + parentDescription(table.kind()) + " the row belongs to").withRecord(table.kind(), null)
                        .withField(table.parentField()).withLocation(location));
            }
            boolean errors = decoded.isRejected();
            for (Problem problem : problems) {
                errors |= problem.isError();
            }
            if (errors) {
                String id = decoder.text(values, "id");
                if (!table.isChild() && id != null) {
                    rejectedIds.putIfAbsent(id, location);
                }
                context.rejected(location, problems);
                return;
            }
            for (Problem warning : problems) {
                context.report(warning);
            }
            keep(decoded.value(), line, parentId);
        }

        private void keep(Row row, int line, String parentId) {
            if (rows.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[rows.size()] = line;
            rows.add(row);
            if (parentIds != null) {
                parentIds.add(parentId);
            }
        }

        @Override
        public void badRow(CsvRow row) throws ImportException {
            String id = row.values().size() == row.header().size() ? row.text("id") : null;
            List<Problem> problems = new ArrayList<>(row.problems().size());
            for (Problem problem : row.problems()) {
                problems.add(problem.withRecord(table.kind(), id));
            }
            context.rejected(row.location(), problems);
        }

        /** The records kept, for a file of records (not child rows). */
        @SuppressWarnings("unchecked")
        private List<DatasetRecord> records() {
            return (List<DatasetRecord>) (List<?>) rows;
        }

        private Location location(int i) {
            return Location.of(file, lines[i]);
        }
    }

    /** A record that holds child rows: where it is, and the child rows found for it. */
    private static final class Parent {
        final FileRecords file;
        final int row;
        final List<ChildRow> children = new ArrayList<>();
        final List<Location> locations = new ArrayList<>();

        Parent(FileRecords file, int row) {
            this.file = file;
            this.row = row;
        }
    }

    /**
     * Attaches child rows to their parents, rejects those whose parent is not there, and hands
     * every record with its child rows to the context, in file order.
     *
     * @throws ImportException in fail-fast mode, at an error
     */
    void finish() throws ImportException {
        Map<RecordKind, Map<String, Parent>> parentsByChildKind = new EnumMap<>(RecordKind.class);
        Map<String, Location> rejectedIds = new HashMap<>();
        List<Parent> parents = new ArrayList<>();
        for (FileRecords file : files) {
            file.rejectedIds.forEach(rejectedIds::putIfAbsent);
            if (file.table.isChild() || file.table.children().isEmpty()) {
                continue;
            }
            Map<String, Parent> byId = parentsByChildKind.computeIfAbsent(file.table.children().get().table().kind(),
                    k -> new HashMap<>());
            for (int i = 0; i < file.rows.size(); i++) {
                Parent parent = new Parent(file, i);
                if (byId.putIfAbsent(((DatasetRecord) file.rows.get(i)).id(), parent) == null) {
                    parents.add(parent);
                }
            }
        }
        for (FileRecords file : files) {
            if (!file.table.isChild()) {
                continue;
            }
            Map<String, Parent> byId = parentsByChildKind.getOrDefault(file.table.kind(), Map.of());
            for (int i = 0; i < file.rows.size(); i++) {
                String parentId = file.parentIds.get(i);
                Parent parent = byId.get(parentId);
                if (parent == null) {
                    context.rejected(file.location(i), List.of(unknownParent(file.table, parentId, file.location(i),
                            rejectedIds.get(parentId))));
                } else {
                    parent.children.add((ChildRow) file.rows.get(i));
                    parent.locations.add(file.location(i));
                }
            }
        }
        Map<FileRecords, Map<Integer, Parent>> withChildren = new HashMap<>();
        for (Parent parent : parents) {
            if (!parent.children.isEmpty()) {
                withChildren.computeIfAbsent(parent.file, f -> new HashMap<>()).put(parent.row, parent);
            }
        }
        for (FileRecords file : files) {
            if (file.table.isChild()) {
                continue;
            }
            Map<Integer, Parent> fileParents = withChildren.getOrDefault(file, Map.of());
            if (file.rows.isEmpty()) {
                continue; // nothing to hand on (a file that could not be read was not even named)
            }
            if (fileParents.isEmpty()) { // no record of the file holds child rows: all at once
                context.acceptAll(file.records(), file.file, file.lines, null);
                continue;
            }
            for (int i = 0; i < file.rows.size(); i++) {
                DatasetRecord record = (DatasetRecord) file.rows.get(i);
                Parent parent = fileParents.get(i);
                if (parent == null) {
                    context.accept(record, file.file, file.lines[i], 0);
                } else {
                    context.accept(RecordTables.of(record).withChildRows(record, parent.children), file.location(i),
                            parent.locations);
                }
            }
        }
    }

    private static Problem unknownParent(RecordTable<?> table, String parentId, Location location, Location rejected) {
        RecordKind kind = table.kind();
        String parentField = table.parentField();
        String what = parentDescription(kind);
        String message = rejected == null
                ? parentField + ": '" + parentId + "' names no " + what + " in the dataset"
                : parentField + ": '" + parentId + "' names " + (kind == RecordKind.NAME ? "an " : "a ")
                        + what + " that was not imported: its row (" + rejected + ") has errors";
        return Problem.error(RuleIds.UNKNOWN_REFERENCE, message).withRecord(kind, parentId)
                .withField(parentField).withLocation(location);
    }

    /** The kinds of record that hold child rows of this kind, in words: "organization or field office". */
    private static String parentDescription(RecordKind childKind) {
        List<String> parents = new ArrayList<>();
        for (RecordTable<?> table : RecordTables.all()) {
            table.children().filter(c -> c.table().kind() == childKind)
                    .ifPresent(c -> parents.add(table.kind().formatName().replace('_', ' ')));
        }
        return parents.size() == 1 ? parents.get(0)
                : String.join(", ", parents.subList(0, parents.size() - 1)) + " or " + parents.get(parents.size() - 1);
    }
}
