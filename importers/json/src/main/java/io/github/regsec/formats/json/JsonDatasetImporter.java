package io.github.regsec.formats.json;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.InvalidUtf8Exception;
import io.github.regsec.formats.io.StrictUtf8Reader;
import io.github.regsec.formats.io.Utf16Exception;
import io.github.regsec.formats.json.JsonObject.Value;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a regsec JSON document ({@code *.json}, FORMATS.md section 4): one object with
 * {@code "format": "regsec-dataset/1"} and arrays of sources, organizations, field offices,
 * meetings, memberships, persons and posts, names and participants nested in their records. Reads with the
 * streaming parser, record by record; every problem has its line and column. A value over the
 * length limit rejects its record. Broken JSON and bytes that are not UTF-8 reject the record they
 * are in; in a document laid out as regsec writes it (two-space indentation, each record's brace
 * on a line of its own, as most tools' indented output is) reading goes on at the next record,
 * otherwise the problem says that the rest of the file was not read and how many records were
 * read before it. Damaged gzip data (in any member of a multi-member file, or data after the last
 * member that is not gzip) stops the file (the records before it are imported); a UTF-16 file,
 * and a {@code .gz} file that is not gzip, are refused as a whole. A property that is not part of
 * the format is a warning, or an error when it holds an array (records under a misspelt name).
 * None of these throws: each is a problem.
 */
public final class JsonDatasetImporter implements DatasetImporter {

    /** The value of the document's {@code format} property. */
    public static final String FORMAT = "regsec-dataset/1";

    /** The column where regsec's layout starts an array of records' property name. */
    private static final int RECORD_ARRAY_COLUMN = 3;
    /** The column where regsec's layout starts a record's opening brace. */
    private static final int RECORD_COLUMN = 5;
    /** Characters kept before a record's start, for the start of its line. */
    private static final int KEPT_BEFORE_RECORD = 1024;
    /** The document's arrays of records, for messages. */
    private static final String RECORD_ARRAYS = RecordTables.all().stream().filter(t -> !t.isChild())
            .map(RecordTable::jsonName).collect(Collectors.joining(", "));
    /** The document's properties. */
    private static final List<String> PROPERTIES = Stream.concat(Stream.of("format"),
            RecordTables.all().stream().filter(t -> !t.isChild()).map(RecordTable::jsonName)).toList();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "a regsec JSON document: {\"format\": \"" + FORMAT + "\", \"sources\": [...], \"organizations\": [...], ...}";
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        context.reading(fileName);
        Optional<InputStream> text = InputFiles.decompressed(in, fileName, context);
        if (text.isPresent()) {
            readText(text.get(), fileName, context);
        }
    }

    /** Reads the document from a stream that is already decompressed. */
    private static void readText(InputStream stream, String fileName, ImportContext context) throws IOException {
        new DocumentRead(fileName, context, StrictUtf8Reader.stoppingAtBadBytes(stream)).read();
    }

    /**
     * One read of a document: the parser (a new one each time reading goes on after broken JSON)
     * and what the read has seen so far.
     */
    private static final class DocumentRead {
        private final String file;
        private final ImportContext context;
        private final RowEvents rows;
        private final DocumentText text;
        private final JsonFactory factory;
        private final Set<String> seen = new HashSet<>();
        /** Record objects read so far, imported or rejected. */
        private long records;
        /** A format property or a first record has shown a regsec document: no Popolo checks after it. */
        private boolean regsec;
        /** An array of records was seen laid out as regsec writes it. */
        private boolean layoutSeen;
        /** Something was laid out otherwise: reading cannot safely go on after broken JSON. */
        private boolean layoutOther;
        /** The array of records being read, or null. */
        private RecordTable<?> array;
        /** Where the record being read starts, or null between records. */
        private Location recordStart;
        /** Where reading last went on, or -1. */
        private long lastResume = -1;

        DocumentRead(String file, ImportContext context, StrictUtf8Reader utf8) {
            this.file = file;
            this.context = context;
            this.rows = RowEvents.of(context);
            ReadOptions options = context.options();
            this.text = new DocumentText(utf8, (int) Math.min(Integer.MAX_VALUE / 2, options.maxRecordLength() + (1L << 16)));
            this.factory = Jackson.factory(options);
        }

        void read() throws IOException {
            Reader segment = text.start();
            int lineOffset = 0;
            RecordTable<?> resumedArray = null;
            boolean first = true;
            while (segment != null) {
                JsonParser parser = Jackson.parser(factory, segment);
                JsonObjectReader reader = JsonObjectReader.forDocument(parser, file, lineOffset,
                        context.options().maxValueLength());
                DocumentText.ResumePoint resume;
                try (parser) {
                    readDocument(parser, reader, first, resumedArray);
                    return;
                } catch (JacksonIOException e) {
                    if (e.getCause() instanceof Utf16Exception) {
                        context.report(Problem.error(RuleIds.SYNTAX, Utf16Exception.MESSAGE)
                                .withLocation(Location.of(file, 1, 1)));
                        return;
                    } else if (e.getCause() instanceof InvalidUtf8Exception bad) {
                        resume = goOn("the file is not valid UTF-8 text here: save it as UTF-8",
                                Location.of(file, bad.line(), bad.column()), text.badBytesAt());
                    } else if (e.getCause() instanceof DamagedGzipException damage) {
                        context.report(damage.problemAt(reader.location(parser.currentLocation()))); // where reading got to
                        return;
                    } else {
                        throw e.getCause();
                    }
                } catch (JacksonException e) {
                    TokenStreamLocation where = Jackson.where(e, parser);
                    resume = goOn(Jackson.message(e, context.options(), reader.lineOffset()), reader.location(where),
                            where.getCharOffset() < 0 ? -1 : text.offset(where.getCharOffset()));
                }
                if (resume == null) {
                    return;
                }
                // the prefix puts the parser inside the document's object (and the array) the line belongs to
                resumedArray = resume.arrayName() == null ? array : null;
                segment = text.resume(resumedArray == null ? "{\n" : "{\"" + resumedArray.jsonName() + "\":[\n",
                        resume.offset());
                lineOffset = resume.line() - 2;
                lastResume = resume.offset();
                array = null;
                first = false;
            }
        }

        /**
         * Reports broken JSON or bad bytes at {@code at} and finds where reading goes on: the next
         * record (or array of records) after it, in a document laid out as regsec writes it. The
         * record it broke is rejected; records after the resume point are read as usual.
         *
         * @param offset where the break is, in characters from the document's start; -1 if unknown
         * @return where to go on, or null when the rest of the file cannot be read
         */
        private DocumentText.ResumePoint goOn(String message, Location at, long offset) throws IOException {
            DocumentText.ResumePoint point = null;
            String outcome;
            String readBefore = Counts.records(records) + " read before it";
            if (offset < 0 || !layoutSeen || layoutOther) {
                outcome = "; the rest of the file was not read (" + readBefore + ")" + (layoutOther
                        ? ": reading goes on after broken JSON only in a document laid out as regsec writes it, with "
                        + "two-space indentation and each record starting on a line of its own" : "");
            } else {
                try {
                    point = text.findResumePoint(offset, at.line(), array != null, lastResume);
                } catch (DamagedGzipException damage) {
                    report(message + "; the rest of the file was not read (" + readBefore + ")", at);
                    context.report(damage.problemAt(Location.of(file)));
                    return null;
                }
                outcome = point == null
                        ? "; no record was found after it in the layout regsec writes, so the rest of the file was not read (" + readBefore + ")"
                        : recordStart != null
                        ? "; the record was left out and reading went on at line " + point.line()
                        : "; reading went on at line " + point.line();
            }
            report(message + outcome, at);
            return point;
        }

        /** Reports a break: as the rejection of the record it is in, if any. */
        private void report(String message, Location at) throws IOException {
            Problem problem = syntax(at, null, message);
            if (recordStart != null) {
                records++;
                context.rejected(recordStart, List.of(problem.withRecord(array == null ? null : array.kind(), null)));
                recordStart = null;
            } else {
                context.report(problem);
            }
        }

        private void readDocument(JsonParser parser, JsonObjectReader reader, boolean first, RecordTable<?> resumedArray)
                throws IOException {
            if (parser.nextToken() == null) {
                context.report(Problem.error(RuleIds.SYNTAX, "the file is empty: expected a JSON object {\"format\": \""
                        + FORMAT + "\", ...}").withLocation(Location.of(file)));
                return;
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                Value found = reader.skipValue();
                context.report(syntax(found.location(), null, "expected the document to be a JSON object {\"format\": \""
                        + FORMAT + "\", \"organizations\": [...], ...}, found " + found.describe()));
                return;
            }
            boolean resumedInArray = resumedArray != null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                Location at = reader.location();
                int column = parser.currentTokenLocation().getColumnNr();
                parser.nextToken();
                Optional<RecordTable<?>> schema = RecordTables.forJsonArray(name);
                Problem popolo = regsec ? null : PopoloShape.collection(name, at);
                if (popolo != null) {
                    context.report(popolo); // a Popolo file: one problem that names the importer to use
                    return;
                }
                boolean resumed = resumedInArray; // the first property of a parser that goes on in an array
                resumedInArray = false;
                if (!resumed && !seen.add(name)) {
                    reader.skipValue();
                    context.report(syntax(at, name, name + ": the property is given twice in the document: give it once"));
                } else if (name.equals("format")) {
                    Value format = reader.skipValue();
                    if (format.type() != JsonObject.Type.NULL && !FORMAT.equals(format.text())) {
                        context.report(syntax(format.location(), name, "format: expected \"" + FORMAT + "\", found "
                                + format.describe() + ": this is not a document this version of regsec reads"));
                        return;
                    }
                    regsec |= format.type() != JsonObject.Type.NULL;
                } else if (schema.isPresent() && parser.currentToken() == JsonToken.START_ARRAY) {
                    if (!resumed) {
                        layoutSeen = true;
                        layoutOther |= column != RECORD_ARRAY_COLUMN;
                    }
                    array = schema.get();
                    if (!readRecords(parser, reader, schema.get())) {
                        return;
                    }
                    array = null;
                } else if (schema.isPresent()) {
                    Value found = reader.skipValue();
                    if (found.type() != JsonObject.Type.NULL) {
                        context.report(syntax(found.location(), name, name + ": expected an array of "
                                + schema.get().kind().formatName() + " objects, found " + found.describe()));
                    }
                } else {
                    unknownProperty(parser, reader, name, at);
                }
            }
            if (parser.nextToken() != null) {
                context.report(syntax(reader.location(), null, "unexpected content after the end of the document"));
            }
        }

        /** Reads an array of records; false when its first record showed a Popolo file, which ends the read. */
        private boolean readRecords(JsonParser parser, JsonObjectReader reader, RecordTable<?> schema) throws IOException {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    TokenStreamLocation start = parser.currentTokenLocation();
                    layoutOther |= start.getColumnNr() != RECORD_COLUMN;
                    if (start.getCharOffset() >= 0) {
                        text.forgetBefore(text.offset(start.getCharOffset()) - KEPT_BEFORE_RECORD);
                    }
                    recordStart = reader.location(start);
                    JsonObject object = reader.readRecord(property -> RecordImporter.reads(schema, property));
                    recordStart = null;
                    if (!regsec) {
                        Problem popolo = PopoloShape.record(schema.jsonName(), object);
                        if (popolo != null) {
                            context.report(popolo);
                            return false;
                        }
                        regsec = true; // a first record that looks like regsec's: no more Popolo checks
                    }
                    records++;
                    RecordImporter.importRecord(object, schema, Set.of(), rows);
                } else {
                    Value found = reader.skipValue();
                    records++;
                    context.rejected(found.location(), List.of(syntax(found.location(), schema.jsonName(), schema.jsonName()
                            + ": expected " + JsonFields.article(schema) + " object {...}, found " + found.describe())
                            .withRecord(schema.kind(), null)));
                }
            }
            return true;
        }

        /**
         * A property the format does not have: a warning, unless it holds an array, whose records
         * would be lost (a misspelt {@code "organisations"}): that is an error naming the property
         * the records belong in.
         */
        private void unknownProperty(JsonParser parser, JsonObjectReader reader, String name, Location at)
                throws IOException {
            Optional<String> meant = closestProperty(name);
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                long items = 0;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                    parser.skipChildren();
                    items++;
                }
                context.report(syntax(at, name, "'" + name + "' is not part of a regsec document, so its "
                        + Counts.items(items) + " not read: "
                        + meant.map(m -> "did you mean '" + m + "'?").orElse("records belong in " + RECORD_ARRAYS)));
                return;
            }
            reader.skipValue();
            context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "'" + name + "' is not part of a regsec document: "
                    + "it is ignored (" + meant.map(m -> "did you mean '" + m + "'? ").orElse("") + "known are format, "
                    + RECORD_ARRAYS + ")").withField(name).withLocation(at));
        }
    }

    /** The document's property closest to a name that is not one, when it is close enough to be a slip. */
    static Optional<String> closestProperty(String name) {
        String given = name.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : PROPERTIES) {
            int d = editDistance(given, known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, best.length() / 4) ? Optional.of(best) : Optional.empty();
    }

    /** The Levenshtein distance: the fewest one-character insertions, deletions and substitutions. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Counts for messages: "1 record", "3 records". */
    private static final class Counts {
        static String records(long n) {
            return n + (n == 1 ? " record was" : " records were");
        }

        static String items(long n) {
            return n + (n == 1 ? " item was" : " items were");
        }
    }

    private static Problem syntax(Location at, String field, String message) {
        return Problem.error(RuleIds.SYNTAX, message).withField(field).withLocation(at);
    }
}
