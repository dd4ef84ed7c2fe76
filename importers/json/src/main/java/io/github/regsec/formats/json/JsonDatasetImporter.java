package io.github.regsec.formats.json;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.GzipInput;
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
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads a regsec JSON document ({@code *.json}, docs/FORMATS.md#json-document): one object with
 * {@code "format": "regsec-dataset/1"} and arrays of sources, organizations, field offices,
 * meetings, memberships, persons and posts, names and participants nested in their records. Reads with the
 * streaming parser, record by record; every problem has its line and column. Broken JSON, bytes
 * that are not UTF-8 and damaged gzip data (in any member of a multi-member file, or data after
 * the last member that is not gzip) stop the file (the records before them are imported);
 * a UTF-16 file, and a {@code .gz} file that is not gzip, are refused as a whole. None of these
 * throws: each is a {@code syntax} problem.
 */
public final class JsonDatasetImporter implements DatasetImporter {

    /** The value of the document's {@code format} property. */
    public static final String FORMAT = "regsec-dataset/1";

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
    public void read(Path path, ImportContext context) throws IOException {
        String fileName = InputFiles.fileName(path);
        context.reading(fileName);
        InputStream opened;
        try {
            opened = GzipInput.open(path);
        } catch (DamagedGzipException e) {
            context.report(e.problemAt(Location.of(fileName)));
            return;
        }
        try (InputStream in = opened) {
            readText(in, fileName, context);
        }
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        context.reading(fileName);
        InputStream stream;
        try {
            stream = GzipInput.decompressIfGzip(in);
        } catch (DamagedGzipException e) {
            in.close();
            context.report(e.problemAt(Location.of(fileName)));
            return;
        }
        readText(stream, fileName, context);
    }

    /** Reads the document from a stream that is already decompressed. */
    private static void readText(InputStream stream, String fileName, ImportContext context) throws IOException {
        JsonParser parser = Jackson.parser(Jackson.factory(context.options()),
                StrictUtf8Reader.stoppingAtBadBytes(stream));
        JsonObjectReader reader = new JsonObjectReader(parser, fileName, 0, context.options().maxValueLength());
        try (parser) {
            readDocument(parser, reader, fileName, context);
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof Utf16Exception) {
                context.report(Problem.error(RuleIds.SYNTAX, Utf16Exception.MESSAGE)
                        .withLocation(Location.of(fileName, 1, 1)));
            } else if (e.getCause() instanceof InvalidUtf8Exception bad) {
                context.report(Problem.error(RuleIds.SYNTAX, "the file is not valid UTF-8 text here: save it as UTF-8")
                        .withLocation(Location.of(fileName, bad.line(), bad.column())));
            } else if (e.getCause() instanceof DamagedGzipException damage) {
                context.report(damage.problemAt(reader.location(parser.currentLocation()))); // where reading got to
            } else {
                throw e.getCause();
            }
        } catch (JacksonException e) {
            context.report(Problem.error(RuleIds.SYNTAX, Jackson.message(e, context.options(), 0))
                    .withLocation(reader.location(Jackson.where(e, parser))));
        }
    }

    private static void readDocument(JsonParser parser, JsonObjectReader reader, String file, ImportContext context)
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
        Set<String> seen = new HashSet<>();
        boolean[] regsec = {false}; // a format property or a first record has shown a regsec document
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Location at = reader.location();
            parser.nextToken();
            Optional<RecordTable<?>> schema = RecordTables.forJsonArray(name);
            Problem popolo = regsec[0] ? null : PopoloShape.collection(name, at);
            if (popolo != null) {
                context.report(popolo);
                return;
            }
            if (!seen.add(name)) {
                reader.skipValue();
                context.report(syntax(at, name, name + ": the property is given twice in the document: give it once"));
            } else if (name.equals("format")) {
                Value format = reader.skipValue();
                if (format.type() != JsonObject.Type.NULL && !FORMAT.equals(format.text())) {
                    context.report(syntax(format.location(), name, "format: expected \"" + FORMAT + "\", found "
                            + format.describe() + ": this is not a document this version of regsec reads"));
                    return;
                }
                regsec[0] |= format.type() != JsonObject.Type.NULL;
            } else if (schema.isPresent() && parser.currentToken() == JsonToken.START_ARRAY) {
                if (!readRecords(parser, reader, schema.get(), context, regsec)) {
                    return;
                }
            } else if (schema.isPresent()) {
                Value found = reader.skipValue();
                if (found.type() != JsonObject.Type.NULL) {
                    context.report(syntax(found.location(), name, name + ": expected an array of "
                            + schema.get().kind().formatName() + " objects, found " + found.describe()));
                }
            } else {
                reader.skipValue();
                context.report(Problem.warning(RuleIds.UNKNOWN_FIELD, "'" + name + "' is not part of a regsec document: "
                        + "it is ignored (known are format, sources, organizations, field_offices, meetings, memberships, persons, posts)")
                        .withField(name).withLocation(at));
            }
        }
        if (parser.nextToken() != null) {
            context.report(syntax(reader.location(), null, "unexpected content after the end of the document"));
        }
    }

    /**
     * Reads an array of records; false when its first record showed a Popolo file, which ends
     * the read.
     *
     * @param regsec whether the document is known to be a regsec document; set by the first record
     */
    private static boolean readRecords(JsonParser parser, JsonObjectReader reader, RecordTable<?> schema,
                                       ImportContext context, boolean[] regsec) throws IOException {
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
                JsonObject object = reader.readRecord(property -> RecordImporter.reads(schema, property));
                if (!regsec[0]) {
                    Problem popolo = PopoloShape.record(schema.jsonName(), object);
                    if (popolo != null) {
                        context.report(popolo);
                        return false;
                    }
                    regsec[0] = true;
                }
                RecordImporter.importRecord(object, schema, Set.of(), context);
            } else {
                Value found = reader.skipValue();
                context.rejected(found.location(), List.of(syntax(found.location(), schema.jsonName(), schema.jsonName()
                        + ": expected " + JsonFields.article(schema) + " object {...}, found " + found.describe())
                        .withRecord(schema.kind(), null)));
            }
        }
        return true;
    }

    private static Problem syntax(Location at, String field, String message) {
        return Problem.error(RuleIds.SYNTAX, message).withField(field).withLocation(at);
    }
}
