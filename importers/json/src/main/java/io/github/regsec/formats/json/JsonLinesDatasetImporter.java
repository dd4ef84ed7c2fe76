package io.github.regsec.formats.json;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.StrictUtf8Reader;
import io.github.regsec.formats.io.Utf16Exception;
import io.github.regsec.formats.json.JsonObject.Type;
import io.github.regsec.formats.json.JsonObject.Value;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads regsec JSON Lines ({@code *.ndjson}, {@code *.jsonl}; docs/FORMATS.md#json-lines): one record
 * object a line with a {@code "type"} of {@code source}, {@code organization},
 * {@code field_office}, {@code meeting}, {@code membership}, {@code person} or {@code post}, in
 * any order; blank lines are
 * allowed. Streams: each line is parsed on its own and handed on, so a file larger than the heap
 * can be read with {@link ImportContext#streaming}. A broken line is one rejected row; the other
 * lines still import. Damaged gzip data (in any member of a multi-member file, or data after the
 * last member that is not gzip) ends the file with one rejected row where it breaks off;
 * a UTF-16 file, and a {@code .gz} file that is not gzip, are refused as a whole. Locations are the
 * line's number and the column in it (a bare {@code \r} inside a line is white space, not a line end).
 */
public final class JsonLinesDatasetImporter implements DatasetImporter {

    private static final String TYPE = "type";
    private static final String TYPES = "source, organization, field_office, meeting, membership, person or post";

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("ndjson", "jsonl");
    }

    @Override
    public String description() {
        return "regsec JSON Lines: one record a line, {\"type\": \"organization\", \"id\": ...}";
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        context.reading(fileName);
        Optional<InputStream> text = InputFiles.decompressed(in, fileName, context);
        if (text.isPresent()) {
            readText(text.get(), fileName, context);
        }
    }

    /** Reads the lines from a stream that is already decompressed. */
    private static void readText(InputStream stream, String fileName, ImportContext context) throws IOException {
        JsonFactory factory = Jackson.factory(context.options());
        LineReader lines = new LineReader(StrictUtf8Reader.stoppingAtBadBytes(stream),
                context.options().maxRecordLength());
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.error() != null) {
                    Location at = Location.of(fileName, line.number(), line.errorColumn());
                    context.rejected(at, List.of(Problem.error(RuleIds.SYNTAX, line.error()).withLocation(at)));
                } else if (!line.text().isBlank()) {
                    readLine(factory, line, fileName, context);
                }
            }
        } catch (Utf16Exception e) {
            context.report(Problem.error(RuleIds.SYNTAX, e.getMessage()).withLocation(Location.of(fileName, 1, 1)));
        }
    }

    private static void readLine(JsonFactory factory, LineReader.Line line, String file, ImportContext context)
            throws IOException {
        JsonParser parser = Jackson.parser(factory, line.text());
        JsonObjectReader reader = JsonObjectReader.forLine(parser, file, line.number(), context.options().maxValueLength());
        JsonObject object;
        try (parser) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                Value found = reader.skipValue();
                reject(found.location(), null, "expected a record object {\"type\": ..., ...}, found " + found.describe(),
                        context);
                return;
            }
            object = reader.readRecord(property -> true);
            if (parser.nextToken() != null) {
                reject(reader.location(), null, "a line holds one record: found more after the record's closing }", context);
                return;
            }
        } catch (JacksonException e) {
            Location at = reader.location(Jackson.where(e, parser));
            reject(at, null, Jackson.message(e, context.options(), line.number() - 1), context);
            return;
        }
        Optional<RecordTable<?>> schema = schemaOf(object, context);
        if (schema.isPresent()) {
            RecordImporter.importRecord(object, schema.get(), Set.of(TYPE), context);
        }
    }

    /** The record's schema from its {@code type}; rejects the line when the type is missing or unknown. */
    private static Optional<RecordTable<?>> schemaOf(JsonObject object, ImportContext context) throws IOException {
        Value type = object.value(TYPE);
        if (type == null || type.type() == Type.NULL) {
            context.rejected(object.location(), List.of(Problem.error(RuleIds.REQUIRED,
                    "type is required: give the record's type, one of " + TYPES).withField(TYPE)
                    .withLocation(object.location())));
            return Optional.empty();
        }
        Optional<RecordTable<?>> schema = type.type() == Type.STRING ? RecordTables.forJsonlType(type.text()) : Optional.empty();
        if (schema.isEmpty()) {
            reject(type.location(), TYPE, "type: expected one of " + TYPES + ", found " + type.describe(), context);
        }
        return schema;
    }

    private static void reject(Location at, String field, String message, ImportContext context) throws IOException {
        context.rejected(at, List.of(Problem.error(RuleIds.SYNTAX, message).withField(field).withLocation(at)));
    }
}
