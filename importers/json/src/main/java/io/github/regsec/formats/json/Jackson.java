package io.github.regsec.formats.json;

import io.github.regsec.formats.ReadOptions;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where Jackson is configured, once for the whole package: the shared factory and mapper (both
 * immutable and thread-safe), the writers' layout, and the translation of Jackson's errors into
 * messages for users.
 */
final class Jackson {

    /** The factory, with the read limits of {@link ReadOptions#defaults()}; it never closes callers' streams. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(constraints(ReadOptions.defaults()))
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    /** The mapper over {@link #FACTORY}; used only to make generators with a layout. */
    static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** The JSON document's layout: 2-space indent, {@code \n} line ends, {@code "name": value}, {@code []}. */
    static final ObjectWriter DOCUMENT = MAPPER.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The JSON Lines layout: compact, nothing between records (the writer ends each line itself). */
    static final ObjectWriter LINES = MAPPER.writer().withRootValueSeparator("");

    private static final Pattern CODE = Pattern.compile(" \\(code \\d+( / 0x\\p{XDigit}+)?\\)");
    private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at (\\[Source: [^\\]]*\\])\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");
    private static final Pattern LINE_COLUMN = Pattern.compile("line: (\\d+), column: (\\d+)");

    private Jackson() {
    }

    /**
     * The read limits of a read, for Jackson. A string over {@link ReadOptions#maxValueLength()} is
     * refused by {@link JsonObjectReader} (which rejects its record and reads on), so Jackson stops
     * only at strings over {@link ReadOptions#maxRecordLength()}, which bounds memory.
     */
    static StreamReadConstraints constraints(ReadOptions options) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(options.maxNestingDepth())
                .maxStringLength(maxStringLength(options))
                .maxNameLength(options.maxValueLength())
                .build();
    }

    private static int maxStringLength(ReadOptions options) {
        return Math.max(options.maxValueLength(), options.maxRecordLength());
    }

    /** The shared factory, or (for limits other than the defaults) one rebuilt from it with the read's limits. */
    static JsonFactory factory(ReadOptions options) {
        StreamReadConstraints shared = FACTORY.streamReadConstraints();
        boolean same = shared.getMaxNestingDepth() == options.maxNestingDepth()
                && shared.getMaxStringLength() == maxStringLength(options)
                && shared.getMaxNameLength() == options.maxValueLength();
        return same ? FACTORY : FACTORY.rebuild().streamReadConstraints(constraints(options)).build();
    }

    /** A streaming parser over characters. */
    static JsonParser parser(JsonFactory factory, Reader reader) {
        return factory.createParser(ObjectReadContext.empty(), reader);
    }

    /** A streaming parser over one JSON Lines line. */
    static JsonParser parser(JsonFactory factory, String text) {
        return factory.createParser(ObjectReadContext.empty(), text);
    }

    /** Where a parse error is: the exception's location, or (for a broken limit) the token being read. */
    static TokenStreamLocation where(JacksonException e, JsonParser parser) {
        return e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
    }

    /**
     * A message for users from a Jackson read error: no class names, no "Source: ..." noise.
     *
     * @param lineOffset added to line numbers quoted in Jackson's message (JSON Lines lines are parsed one by one)
     */
    static String message(JacksonException e, ReadOptions options, int lineOffset) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return "the JSON nests deeper than the limit of " + options.maxNestingDepth() + " levels";
            } else if (original.startsWith("String value length")) {
                return "a value is longer than the limit of " + maxStringLength(options) + " characters";
            } else if (original.startsWith("Name length")) {
                return "a property name is longer than the limit of " + options.maxValueLength() + " characters";
            } else if (original.startsWith("Number value length")) {
                return "a number has more digits than the limit of " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
            }
            return "the JSON exceeds a read limit";
        }
        String text = CODE.matcher(original).replaceAll("");
        text = CONTROL.matcher(text).replaceAll(m -> m.group(1).equals("10") || m.group(1).equals("13")
                ? "(a line break)" : "(control character " + m.group(1) + ")");
        Matcher m = START_MARKER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Matcher at = LINE_COLUMN.matcher(m.group(1));
            m.appendReplacement(sb, !at.find() ? ""
                    : " (it starts at line " + (Integer.parseInt(at.group(1)) + lineOffset) + ", column " + at.group(2) + ")");
        }
        m.appendTail(sb);
        text = SOURCE.matcher(sb).replaceAll("")
                .replace("expected close marker for Array", "an array is not closed with ]")
                .replace("expected close marker for Object", "an object is not closed with }");
        text = text.strip();
        if (text.isEmpty()) {
            return "broken JSON";
        }
        return "broken JSON: " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
