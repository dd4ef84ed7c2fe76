package io.github.regsec.formats.json;

import io.github.regsec.formats.json.JsonObject.Property;
import io.github.regsec.formats.json.JsonObject.Type;
import io.github.regsec.formats.json.JsonObject.Value;
import io.github.regsec.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one record object from Jackson's streaming parser into a {@link JsonObject}: every value
 * with its exact line and column, record by record, so memory stays flat. Only the shapes the
 * format has are read: a record's values may be arrays, whose elements may be (child) objects,
 * whose values may be arrays of scalars. Anything nested deeper is skipped and kept only as
 * "an object" or "an array", for {@link JsonFields} to refuse with a clear message; Jackson's
 * nesting limit keeps even thousands of levels from overflowing the stack. A string longer than
 * {@code ReadOptions.maxValueLength} is read as a {@link Type#TOO_LONG} value, which rejects its
 * record and nothing else.
 */
final class JsonObjectReader {

    private final JsonParser parser;
    private final String file;
    private final int line;
    private final int lineOffset;
    private final int maxValueLength;

    private JsonObjectReader(JsonParser parser, String file, int line, int lineOffset, int maxValueLength) {
        this.parser = parser;
        this.file = file;
        this.line = line;
        this.lineOffset = lineOffset;
        this.maxValueLength = maxValueLength;
    }

    /**
     * A reader over a parser that reads a JSON document, or a part of one.
     *
     * @param file the file name, for locations
     * @param lineOffset added to the parser's line numbers: 0 when it reads the document from its
     *     start, more when it reads from further on (after broken JSON)
     * @param maxValueLength the most characters a value may have
     */
    static JsonObjectReader forDocument(JsonParser parser, String file, int lineOffset, int maxValueLength) {
        return new JsonObjectReader(parser, file, 0, lineOffset, maxValueLength);
    }

    /**
     * A reader over a parser that reads one JSON Lines line on its own.
     *
     * @param file the file name, for locations
     * @param line the line's number
     * @param maxValueLength the most characters a value may have
     */
    static JsonObjectReader forLine(JsonParser parser, String file, int line, int maxValueLength) {
        return new JsonObjectReader(parser, file, line, 0, maxValueLength);
    }

    /** The number added to the parser's line numbers for locations in the file. */
    int lineOffset() {
        return lineOffset;
    }

    /** The location of the current token. */
    Location location() {
        return location(parser.currentTokenLocation());
    }

    /** A parser location in the file. */
    Location location(TokenStreamLocation where) {
        if (line > 0) {
            // one JSON Lines line: the parser would count a bare \r inside it as a line end, the format does not
            long offset = where.getCharOffset();
            return Location.of(file, line, offset < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, offset + 1));
        }
        return Location.of(file, Math.max(0, where.getLineNr() + lineOffset), Math.max(0, where.getColumnNr()));
    }

    /**
     * Reads the record object whose {@code START_OBJECT} is the current token, up to its
     * {@code END_OBJECT}.
     *
     * @param read the properties whose values to read; the others are skipped (but listed, for warnings)
     */
    JsonObject readRecord(Predicate<String> read) {
        return readObject(0, read);
    }

    /** Skips the current value, keeping only what it is, its text if a scalar, and where it is. */
    Value skipValue() {
        Value value = scalarOrContainer();
        parser.skipChildren();
        return value;
    }

    private JsonObject readObject(int depth, Predicate<String> read) {
        JsonObject object = new JsonObject(location());
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Location at = location();
            parser.nextToken();
            object.add(new Property(name, at, read.test(name) ? readValue(depth + 1) : skipValue()));
        }
        return object;
    }

    /** Reads the current value; {@code depth} 1 is a record's value, 2 an element, 3 a child's value, 4 its element. */
    private Value readValue(int depth) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY && (depth == 1 || depth == 3)) {
            Location at = location();
            List<Value> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                items.add(readValue(depth + 1));
            }
            return new Value(Type.ARRAY, null, items, null, at);
        } else if (token == JsonToken.START_OBJECT && depth == 2) {
            JsonObject child = readObject(depth, name -> true);
            return new Value(Type.OBJECT, null, null, child, child.location());
        }
        return skipValue();
    }

    private Value scalarOrContainer() {
        Location at = location();
        switch (parser.currentToken()) {
            case VALUE_STRING:
                String text = parser.getString();
                if (text.length() > maxValueLength) {
                    // kept as a value of its own: its record is rejected, the records after it are read on
                    return new Value(Type.TOO_LONG, Integer.toString(maxValueLength), null, null, at);
                }
                return new Value(Type.STRING, text, null, null, at);
            case VALUE_NUMBER_INT: return new Value(Type.INTEGER, parser.getString(), null, null, at);
            case VALUE_NUMBER_FLOAT: return new Value(Type.NUMBER, parser.getString(), null, null, at);
            case VALUE_TRUE:
            case VALUE_FALSE: return new Value(Type.BOOLEAN, parser.getString(), null, null, at);
            case START_ARRAY: return new Value(Type.ARRAY, null, null, null, at);
            case START_OBJECT: return new Value(Type.OBJECT, null, null, null, at);
            default: return new Value(Type.NULL, null, null, null, at);
        }
    }
}
