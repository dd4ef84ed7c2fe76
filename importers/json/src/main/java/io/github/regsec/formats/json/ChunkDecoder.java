package io.github.regsec.formats.json;

import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.io.StrictUtf8Reader;
import io.github.regsec.formats.io.Utf8;
import io.github.regsec.formats.json.JsonObject.Type;
import io.github.regsec.formats.json.JsonObject.Value;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Decodes the lines of one {@link LineChunks.Chunk} into {@link RowEvents}: a record that is
 * entirely right straight from the bytes, by the {@link RecordBytesDecoder}; any other line
 * (broken, not UTF-8, too long, with a problem of any kind) on its own, from its text, by the path that reports every problem with its line and column
 * ({@link JsonObjectReader}, {@link RecordImporter}). Chunks are independent: each can be decoded
 * on its own thread.
 */
final class ChunkDecoder {

    private static final String TYPES = "source, organization, field_office, meeting, membership, person or post";
    private static final byte[] LINE_BREAK = {'\n'};
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final JsonFactory factory;
    private final ReadOptions options;
    private final String file;
    private final RecordBytesDecoder decoder;
    private final boolean direct;
    /** Whether the line {@link #lineEnd} found last is all ASCII. */
    private boolean lineAscii;

    /**
     * @param factory the parser factory with the read's limits
     * @param options the read's options
     * @param file the file name, for locations
     * @param direct decode records straight from the bytes where they are entirely right; false
     *     (in tests) reads every line on its own, by the path that reports problems
     */
    ChunkDecoder(JsonFactory factory, ReadOptions options, String file, boolean direct) {
        this.factory = factory;
        this.options = options;
        this.file = file;
        this.decoder = new RecordBytesDecoder(file, options.maxValueLength(), options.maxNestingDepth());
        this.direct = direct;
    }

    /** Decodes a chunk's lines, recording what they hold in order. */
    RowEvents.Recorder decode(LineChunks.Chunk chunk) {
        RowEvents.Recorder events = new RowEvents.Recorder(file, chunk.length() / 128);
        try {
            decode(chunk, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory reading only; a recorder throws nothing
        }
        return events;
    }

    /**
     * Decodes a chunk's lines, handing what they hold straight on, in order (on one thread, with
     * nothing to record).
     *
     * @throws ImportException when the events stop the read (too many problems)
     */
    void decode(LineChunks.Chunk chunk, RowEvents events) throws IOException {
        byte[] bytes = chunk.bytes();
        int length = chunk.length();
        int number = chunk.firstLine();
        for (int start = 0; start < length; number++) {
            int end = lineEnd(bytes, start, length);
            boolean ascii = lineAscii;
            int first = start;
            while (first < end && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r')) {
                first++;
            }
            if (first < end && !(direct && bytes[first] == '{' && end - start <= options.maxRecordLength()
                    && (ascii || Utf8.isValid(bytes, start, end)) && readRecord(bytes, start, first, end, ascii, number, events))) {
                readLine(number, bytes, start, end, events);
            }
            start = end + 1;
        }
        if (chunk.tail() != null) {
            readLine(chunk.tail(), events);
        }
    }

    /**
     * Where the line starting at {@code start} ends: the index of its {@code \n}, or
     * {@code length}; eight bytes at a time. Sets {@link #lineAscii} on the way.
     */
    private int lineEnd(byte[] bytes, int start, int length) {
        long high = 0;
        int i = start;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            long x = word ^ 0x0A0A0A0A0A0A0A0AL;
            long zero = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L; // exact up to the first zero byte
            if (zero != 0) {
                int end = i + (Long.numberOfTrailingZeros(zero) >>> 3);
                for (; i < end; i++) {
                    high |= bytes[i];
                }
                lineAscii = (high & 0x8080808080808080L) == 0;
                return end;
            }
            high |= word;
        }
        while (i < length && bytes[i] != '\n') {
            high |= bytes[i];
            i++;
        }
        lineAscii = (high & 0x8080808080808080L) == 0;
        return i;
    }

    /** Decodes the record on a line straight from its bytes; false when the line must be read on its own. */
    private boolean readRecord(byte[] bytes, int start, int first, int end, boolean ascii, int number, RowEvents events)
            throws ImportException {
        DatasetRecord record = decoder.decode(bytes, start, first, end, ascii, number);
        if (record == null) {
            return false;
        }
        List<Location> childLocations = decoder.childLocations();
        if (childLocations.isEmpty()) {
            events.accept(record, file, number, first - start + 1);
        } else {
            events.accept(record, Location.of(file, number, first - start + 1), childLocations);
        }
        return true;
    }

    /** Reads a line on its own from its bytes (without its {@code \n}), as {@link LineReader} cuts and decodes it. */
    private void readLine(int number, byte[] bytes, int start, int end, RowEvents events) throws IOException {
        LineReader.Line line;
        if (Utf8.isValid(bytes, start, end)) {
            line = LineReader.line(number, new String(bytes, start, end - start, StandardCharsets.UTF_8),
                    options.maxRecordLength());
        } else {
            // bad bytes: the line's error and column as the strict decoder finds them; a line break
            // first, so that nothing is read as the start of the input
            LineReader reader = new LineReader(StrictUtf8Reader.stoppingAtBadBytes(new SequenceInputStream(
                    new ByteArrayInputStream(LINE_BREAK), new ByteArrayInputStream(bytes, start, end - start))),
                    options.maxRecordLength());
            reader.next();
            LineReader.Line read = reader.next();
            line = new LineReader.Line(number, read.text(), read.error(), read.errorColumn());
        }
        readLine(line, events);
    }

    private void readLine(LineReader.Line line, RowEvents events) throws ImportException {
        if (line.error() != null) {
            Location at = Location.of(file, line.number(), line.errorColumn());
            events.rejected(at, List.of(Problem.error(RuleIds.SYNTAX, line.error()).withLocation(at)));
        } else if (!line.text().isBlank()) {
            readObject(line, events);
        }
    }

    private void readObject(LineReader.Line line, RowEvents events) throws ImportException {
        JsonParser parser = Jackson.parser(factory, line.text());
        JsonObjectReader reader = JsonObjectReader.forLine(parser, file, line.number(), options.maxValueLength());
        JsonObject object;
        try (parser) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                Value found = reader.skipValue();
                reject(found.location(), null, "expected a record object {\"type\": ..., ...}, found " + found.describe(),
                        events);
                return;
            }
            object = reader.readRecord(property -> true);
            if (parser.nextToken() != null) {
                reject(reader.location(), null, "a line holds one record: found more after the record's closing }", events);
                return;
            }
        } catch (JacksonException e) {
            Location at = reader.location(Jackson.where(e, parser));
            reject(at, null, Jackson.message(e, options, line.number() - 1), events);
            return;
        }
        Optional<RecordTable<?>> schema = schemaOf(object, events);
        if (schema.isPresent()) {
            RecordImporter.importRecord(object, schema.get(), Set.of(RecordBytesDecoder.TYPE), events);
        }
    }

    /** The record's schema from its {@code type}; rejects the line when the type is missing or unknown. */
    private static Optional<RecordTable<?>> schemaOf(JsonObject object, RowEvents events) throws ImportException {
        Value type = object.value(RecordBytesDecoder.TYPE);
        if (type == null || type.type() == Type.NULL) {
            events.rejected(object.location(), List.of(Problem.error(RuleIds.REQUIRED,
                    "type is required: give the record's type, one of " + TYPES).withField(RecordBytesDecoder.TYPE)
                    .withLocation(object.location())));
            return Optional.empty();
        }
        Optional<RecordTable<?>> schema = type.type() == Type.STRING ? RecordTables.forJsonlType(type.text()) : Optional.empty();
        if (schema.isEmpty()) {
            reject(type.location(), RecordBytesDecoder.TYPE, "type: expected one of " + TYPES + ", found " + type.describe(), events);
        }
        return schema;
    }

    private static void reject(Location at, String field, String message, RowEvents events) throws ImportException {
        events.rejected(at, List.of(Problem.error(RuleIds.SYNTAX, message).withField(field).withLocation(at)));
    }
}
