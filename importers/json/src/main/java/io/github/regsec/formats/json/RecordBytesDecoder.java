package io.github.regsec.formats.json;

import io.github.regsec.formats.codec.FieldValues;
import io.github.regsec.formats.codec.ValueReader;
import io.github.regsec.formats.codec.WritabilityCheck;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.FieldType;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.problem.Location;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decodes a JSON Lines record straight from its line's UTF-8 bytes into the record, through a
 * per-kind {@link Plan} derived from the field tables: properties in any order, each value
 * parsed as it comes by the same {@link ValueReader} getters as the
 * {@link io.github.regsec.formats.codec.RecordDecoder}, with no parser, token, object, map or row
 * per record in between, and a value's {@code String} made only when it is not one seen before.
 * It is the fast path for records that are entirely right: it reads a strict part of JSON
 * (objects, arrays, strings with any escape, {@code null}, {@code true}, {@code false} and
 * integers, within the read's nesting and length limits), and at the first thing it does not
 * read or that would be a problem (anything else in the JSON, an unknown or repeated property, a
 * value of the wrong JSON type or that does not parse, a missing required value, a value over the
 * length limit, a {@code type} other than the one guessed) it gives up, and the line is read
 * again by Jackson on the path that reports every problem exactly ({@link JsonObjectReader},
 * {@link RecordImporter}). Whatever it decodes, that path would decode the same. Not
 * thread-safe: one per decoding thread.
 */
final class RecordBytesDecoder {

    /** The property that names a JSON Lines record's kind. */
    static final String TYPE = "type";
    private static final byte[] TYPE_BYTES = TYPE.getBytes(StandardCharsets.US_ASCII);
    /** What {@link #matchName} gives for a property the plan does not have. */
    private static final int UNKNOWN = -1;
    /** What a first record's {@code type} matches, before its kind is known. */
    private static final int TYPE_FIRST = -2;
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    /** Longer integers are read by Jackson. */
    private static final int LONGEST_INTEGER = 18;

    /**
     * How to decode one kind's objects: its fields by property name, each with its type, whether
     * it is required and (for enumerations) its parser; for kinds with child rows, the array that
     * holds them and the children's plan. Immutable, derived once from {@link RecordTables}.
     */
    private static final class Plan {
        private final RecordTable<?> table;
        private final Field<?>[] fields;
        private final FieldType[] types;
        private final boolean[] required;
        private final List<Function<String, ?>> enumParsers = new ArrayList<>();
        private final Map<String, Integer> slots = new HashMap<>();
        private final String type;
        private final byte[] typeBytes;
        private final String childArray;
        private final Plan child;
        private final int[] participantAnyOf;
        /** The fields' names by their index, then {@code type} and the child array, as bytes. */
        private final byte[][] names;
        private final int typeIndex;
        private final int childIndex;
        /** This plan's place in each decoder's {@link #parsedTexts}. */
        private final int number;
        /** For each field, whether its texts repeat enough to keep what they parsed to ({@link ParsedTexts}). */
        private final boolean[] repeats;
        /** For each field, whether it is the record's own id: unique, so neither kept nor shared. */
        private final boolean[] ownId;

        Plan(RecordTable<?> table) {
            this.table = table;
            this.number = plans++;
            List<? extends Field<?>> list = table.fields();
            if (list.size() > Long.SIZE) {
                throw new IllegalStateException(table + " has more fields than a plan can track");
            }
            fields = list.toArray(new Field<?>[0]);
            types = new FieldType[fields.length];
            required = new boolean[fields.length];
            repeats = new boolean[fields.length];
            ownId = new boolean[fields.length];
            for (int i = 0; i < fields.length; i++) {
                Field<?> field = fields[i];
                types[i] = field.type();
                ownId[i] = field.type() == FieldType.ID && field.name().equals("id"); // as the RecordDecoder reads it
                repeats[i] = field.type() != FieldType.TEXT && field.type() != FieldType.INTEGER
                        && field.type() != FieldType.BOOLEAN && field.type() != FieldType.DATE && !ownId[i];
                required[i] = field.required();
                enumParsers.add(field.type() == FieldType.ENUM ? field::parseEnum : null);
                slots.put(field.name(), i);
            }
            RecordTable<?> childTable = RecordImporter.childTable(table);
            type = table.jsonlType();
            typeBytes = type == null ? null : type.getBytes(StandardCharsets.US_ASCII);
            childArray = childTable == null ? null : childTable.jsonName();
            child = childTable == null ? null : new Plan(childTable);
            List<String> named = new ArrayList<>();
            for (Field<?> field : fields) {
                named.add(field.name());
            }
            typeIndex = type == null ? -1 : named.size();
            if (type != null) {
                named.add(TYPE);
            }
            childIndex = childArray == null ? -1 : named.size();
            if (childArray != null) {
                named.add(childArray);
            }
            names = new byte[named.size()][];
            for (int i = 0; i < names.length; i++) {
                names[i] = named.get(i).getBytes(StandardCharsets.US_ASCII);
            }
            participantAnyOf = table.kind() == RecordKind.PARTICIPANT
                    ? new int[] {slots.get("person"), slots.get("person_id"), slots.get("role"), slots.get("affiliation")}
                    : null;
        }
    }

    /** How many plans there are (each kind's, and each child kind's). */
    private static int plans;
    private static final Map<String, Plan> BY_TYPE = new HashMap<>();
    private static final int MOST_FIELDS;

    static {
        int most = 0;
        for (RecordTable<?> table : RecordTables.all()) {
            most = Math.max(most, table.fields().size());
            if (table.jsonlType() != null) {
                BY_TYPE.put(table.jsonlType(), new Plan(table));
            }
        }
        MOST_FIELDS = most;
    }

    /** One raw value at a time, for the {@link ValueReader} getters. */
    private static final class Slot implements FieldValues {
        private String text;
        private List<String> items;

        @Override
        public String text(String field) {
            return text;
        }

        @Override
        public List<String> list(String field) {
            return items;
        }

        @Override
        public Location location(String field) {
            return null; // never reported: a value with a problem makes the decoder give up
        }
    }

    private final String file;
    private final int maxValueLength;
    private final int maxNestingDepth;
    private final Slot slot = new Slot();
    private final List<String> items = new ArrayList<>();
    private final Object[] values = new Object[MOST_FIELDS];
    private final Object[] childValues = new Object[MOST_FIELDS];
    private ValueReader reader = newReader();
    /** By plan number and field: the texts parsed before, made when first needed. */
    private final ParsedTexts[][] parsedTexts = new ParsedTexts[plans][];
    private Plan guess;
    private List<ChildRow> children;
    private List<Location> childLocations;

    /** The line being decoded: its bytes, where it starts and ends, and whether it is all ASCII. */
    private byte[] bytes;
    private int lineStart;
    private int lineEnd;
    private boolean ascii;
    /** The last string {@link #string} read: its bytes between the quotes, and whether it holds escapes. */
    private int textStart;
    private int textEnd;
    private boolean escaped;

    /**
     * @param file the file name, for the locations of child rows
     * @param maxValueLength the most characters a value (and a property name) may have
     * @param maxNestingDepth the most objects and arrays that may nest
     */
    RecordBytesDecoder(String file, int maxValueLength, int maxNestingDepth) {
        this.file = file;
        this.maxValueLength = maxValueLength;
        this.maxNestingDepth = maxNestingDepth;
    }

    private ValueReader newReader() {
        return new ValueReader(slot, RecordKind.SOURCE, null);
    }

    /**
     * Decodes the record object that starts at {@code open} and is all that the line holds but
     * white space.
     *
     * @param line the line's bytes (well-formed UTF-8 from {@code start} to {@code end})
     * @param start where the line starts
     * @param open where the record's {@code {} is
     * @param end where the line ends (its {@code \n}, or the end of the bytes)
     * @param allAscii whether the line's bytes are all ASCII
     * @param number the line's number, for the locations of child rows
     * @return the record, or null when it is not entirely right (read the line again to find out why)
     */
    DatasetRecord decode(byte[] line, int start, int open, int end, boolean allAscii, int number) {
        bytes = line;
        lineStart = start;
        lineEnd = end;
        ascii = allAscii;
        if (maxNestingDepth < 1) {
            return null;
        }
        Plan plan = guess; // most files give the type first, and most lines have the kind of the line before
        if (plan != null) {
            Arrays.fill(values, 0, plan.fields.length, null);
        }
        boolean typed = false;
        boolean childrenRead = false;
        long seen = 0;
        int expected = 0;
        children = null;
        childLocations = null;
        int p = space(open + 1);
        if (p < end && bytes[p] != '}') {
            while (true) {
                p = name(p);
                if (p < 0) {
                    return null;
                }
                int i = plan == null ? (TYPE.equals(escaped ? text() : null) || sameText(TYPE_BYTES) ? TYPE_FIRST : UNKNOWN)
                        : matchName(plan, expected);
                if (i == UNKNOWN) {
                    return null; // a property the kind does not have
                }
                if (plan == null || i == plan.typeIndex) {
                    if (typed || bytes[p] != '"' || (p = string(p)) < 0) {
                        return null;
                    }
                    typed = true;
                    Plan named = plan != null && sameText(plan.typeBytes) ? plan
                            : BY_TYPE.get(text());
                    if (named == null || named.type.length() > maxValueLength
                            || (named != plan && (seen != 0 || childrenRead))) {
                        return null;
                    }
                    if (named != plan) {
                        plan = named;
                        Arrays.fill(values, 0, plan.fields.length, null);
                    }
                    expected = 0; // the type comes first in most files, then the fields in their order
                } else if (i == plan.childIndex) {
                    if (childrenRead || (p = readChildren(p, plan.child, number)) < 0) {
                        return null;
                    }
                    childrenRead = true;
                    expected = i + 1;
                } else {
                    if ((seen & (1L << i)) != 0 || (p = readValue(p, plan, i, values, 1)) < 0) {
                        return null;
                    }
                    seen |= 1L << i;
                    expected = i + 1;
                }
                p = space(p);
                if (p >= end) {
                    return null;
                }
                if (bytes[p] == '}') {
                    break;
                }
                if (bytes[p] != ',') {
                    return null;
                }
                p = space(p + 1);
            }
        }
        if (p >= end || space(p + 1) != end || !typed) {
            return null; // no closing }, more after it, or no type
        }
        guess = plan;
        Row row = build(plan, values);
        if (row == null) {
            return null;
        }
        DatasetRecord record = (DatasetRecord) row;
        return children == null || children.isEmpty() ? record
                : RecordTables.of(record).withChildRows(record, children);
    }

    /** The child rows' locations of the last record decoded, in order. */
    List<Location> childLocations() {
        return childLocations == null ? List.of() : childLocations;
    }

    /**
     * Reads a property name at {@code p} and the colon after it.
     *
     * @return where its value starts, or -1 when there is no plain name there (or no value after it)
     */
    private int name(int p) {
        if (p >= lineEnd || bytes[p] != '"' || (p = string(p)) < 0
                || (escaped ? text().length() : textEnd - textStart) > maxValueLength) {
            return -1; // over Jackson's limit on names
        }
        p = space(p);
        if (p >= lineEnd || bytes[p] != ':') {
            return -1;
        }
        p = space(p + 1);
        return p < lineEnd ? p : -1;
    }

    /** The index of the name just read in a plan's names, trying {@code expected} first; or {@link #UNKNOWN}. */
    private int matchName(Plan plan, int expected) {
        byte[][] names = plan.names;
        if (escaped) { // rare: compared as text
            String name = text();
            for (int i = 0; i < names.length; i++) {
                if (Arrays.equals(name.getBytes(StandardCharsets.UTF_8), names[i])) {
                    return i;
                }
            }
            return UNKNOWN;
        }
        if (expected < names.length && sameText(names[expected])) {
            return expected;
        }
        for (int i = 0; i < names.length; i++) {
            if (i != expected && sameText(names[i])) {
                return i;
            }
        }
        return UNKNOWN;
    }

    /** True when the bytes of the last string read are these. */
    private boolean sameText(byte[] text) {
        return !escaped && Arrays.equals(bytes, textStart, textEnd, text, 0, text.length);
    }

    /**
     * Reads the children's array of a record (or {@code null}) at {@code p}.
     *
     * @return where it ends, or -1 when it is not entirely right
     */
    private int readChildren(int p, Plan plan, int number) {
        if (bytes[p] == 'n') {
            return literal(p, 'n');
        }
        if (bytes[p] != '[' || maxNestingDepth < 2) {
            return -1;
        }
        children = new ArrayList<>();
        childLocations = new ArrayList<>();
        p = space(p + 1);
        if (p < lineEnd && bytes[p] == ']') {
            return p + 1;
        }
        while (true) {
            if (p >= lineEnd || bytes[p] != '{' || maxNestingDepth < 3) {
                return -1;
            }
            Location at = Location.of(file, number, column(p));
            Arrays.fill(childValues, 0, plan.fields.length, null);
            long seen = 0;
            int expected = 0;
            p = space(p + 1);
            if (p < lineEnd && bytes[p] != '}') {
                while (true) {
                    p = name(p);
                    int i = p < 0 ? UNKNOWN : matchName(plan, expected);
                    if (i == UNKNOWN || (seen & (1L << i)) != 0 || (p = readValue(p, plan, i, childValues, 3)) < 0) {
                        return -1;
                    }
                    seen |= 1L << i;
                    expected = i + 1;
                    p = space(p);
                    if (p >= lineEnd || bytes[p] == '}') {
                        break;
                    }
                    if (bytes[p] != ',') {
                        return -1;
                    }
                    p = space(p + 1);
                }
            }
            if (p >= lineEnd) {
                return -1;
            }
            if (plan.participantAnyOf != null && noneOf(plan.participantAnyOf, childValues)) {
                return -1;
            }
            Row row = build(plan, childValues);
            if (row == null) {
                return -1;
            }
            children.add((ChildRow) row);
            childLocations.add(at);
            p = space(p + 1);
            if (p >= lineEnd) {
                return -1;
            }
            if (bytes[p] == ']') {
                return p + 1;
            }
            if (bytes[p] != ',') {
                return -1;
            }
            p = space(p + 1);
        }
    }

    private static boolean noneOf(int[] slots, Object[] values) {
        for (int i : slots) {
            if (values[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** The row from the decoded values, or null when a required value is missing or the row does not build. */
    private static Row build(Plan plan, Object[] values) {
        for (int i = 0; i < plan.fields.length; i++) {
            if (values[i] == null) {
                if (plan.required[i]) {
                    return null;
                }
                if (plan.types[i].isList()) {
                    values[i] = List.of(); // as the RecordDecoder sets an absent list
                }
            }
        }
        try {
            return plan.table.fromValues(values);
        } catch (RuntimeException e) {
            return null; // the full path reports what it is
        }
    }

    /**
     * Reads the value of field {@code i} at {@code p} into {@code into}.
     *
     * @param depth how deep the object that holds the value is
     * @return where the value ends, or -1 when it is not entirely right
     */
    private int readValue(int p, Plan plan, int i, Object[] into, int depth) {
        byte first = bytes[p];
        if (first == 'n') {
            return literal(p, 'n'); // absent
        }
        ParsedTexts parsed = plan.repeats[i] ? parsedTexts(plan, i) : null;
        FieldType type = plan.types[i];
        if (type.isList()) {
            return first == '[' && depth < maxNestingDepth ? readList(p, plan, i, into, parsed) : -1;
        }
        String text;
        if (type == FieldType.INTEGER) {
            int after = integer(p);
            if (after < 0) {
                return -1;
            }
            text = new String(bytes, p, after - p, StandardCharsets.ISO_8859_1);
            p = after;
        } else if (type == FieldType.BOOLEAN) {
            if (first != 't' && first != 'f') {
                return -1;
            }
            text = first == 't' ? "true" : "false";
            p = literal(p, first);
            if (p < 0) {
                return -1;
            }
        } else {
            if (first != '"' || (p = string(p)) < 0) {
                return -1;
            }
            if (parsed != null) {
                int kept = parsed.find(bytes, textStart, textEnd);
                if (kept >= 0) {
                    into[i] = parsed.value(kept);
                    return p;
                }
            } else if (type == FieldType.DATE && !escaped) {
                PartialDate date = dateOrNull(textStart, textEnd - textStart);
                if (date != null) {
                    into[i] = date;
                    return p;
                }
            }
            text = acceptable(text());
            if (text == null || (plan.required[i] && text.isBlank())) {
                return -1;
            }
        }
        if (text.isEmpty()) {
            return p; // an empty text is absent
        }
        String name = plan.fields[i].name();
        slot.text = text;
        Object value = switch (type) {
            case TEXT -> reader.text(name);
            case ID -> plan.ownId[i] ? reader.text(name) : reader.reference(name);
            case DATE -> reader.date(name);
            case COUNTRY -> reader.country(name);
            case PARTY -> reader.party(name);
            case ENUM -> reader.enumValue(name, plan.enumParsers.get(i));
            case INTEGER -> reader.integer(name);
            case BOOLEAN -> reader.bool(name);
            default -> throw new IllegalStateException(type + " is a list");
        };
        slot.text = null;
        if (reader.hasErrors()) {
            reader = newReader();
            return -1;
        }
        if (parsed != null && value != null) {
            parsed.put(bytes, textStart, textEnd, text, value);
        }
        into[i] = value;
        return p;
    }

    /** Reads a list of texts at {@code p} (its {@code [}) into field {@code i}; where it ends, or -1. */
    private int readList(int p, Plan plan, int i, Object[] into, ParsedTexts parsed) {
        items.clear();
        int firstStart = 0;
        int firstEnd = 0;
        p = space(p + 1);
        if (p < lineEnd && bytes[p] == ']') {
            p++;
        } else {
            while (true) {
                if (p >= lineEnd || bytes[p] != '"' || (p = string(p)) < 0) {
                    return -1;
                }
                int kept = items.isEmpty() && parsed != null ? parsed.find(bytes, textStart, textEnd) : -1;
                if (kept >= 0) { // a list of one item that was read before, or the first of more
                    int after = space(p);
                    if (after < lineEnd && bytes[after] == ']') {
                        into[i] = parsed.value(kept);
                        return after + 1;
                    }
                    items.add(parsed.text(kept));
                } else {
                    String item = acceptable(text());
                    if (item == null) {
                        return -1;
                    }
                    items.add(item);
                }
                if (items.size() == 1) {
                    firstStart = textStart;
                    firstEnd = textEnd;
                }
                p = space(p);
                if (p >= lineEnd) {
                    return -1;
                }
                if (bytes[p] == ']') {
                    p++;
                    break;
                }
                if (bytes[p] != ',') {
                    return -1;
                }
                p = space(p + 1);
            }
        }
        String name = plan.fields[i].name();
        slot.items = items;
        List<?> list = switch (plan.types[i]) {
            case TEXT_LIST -> reader.texts(name);
            case PARTY_LIST -> reader.parties(name);
            default -> reader.identifiers(name);
        };
        slot.items = null;
        if (reader.hasErrors()) {
            reader = newReader();
            return -1;
        }
        if (parsed != null && items.size() == 1) {
            list = List.copyOf(list); // kept, so shared between the rows that give the same one item
            parsed.put(bytes, firstStart, firstEnd, items.get(0), list);
        }
        into[i] = list;
        return p;
    }

    /** Past the white space (blanks, tabs, carriage returns) at {@code p}. */
    private int space(int p) {
        while (p < lineEnd) {
            byte b = bytes[p];
            if (b != ' ' && b != '\t' && b != '\r') {
                break;
            }
            p++;
        }
        return p;
    }

    /**
     * Reads the string whose opening quote is at {@code p}: sets {@link #textStart},
     * {@link #textEnd} and {@link #escaped}.
     *
     * @return where it ends (past its closing quote), or -1 when it is not closed on the line or
     *     holds a control character or an escape JSON does not have
     */
    private int string(int p) {
        int start = p + 1;
        boolean escapes = false;
        for (p = start; p < lineEnd; p++) {
            int b = bytes[p];
            if (b == '"') {
                textStart = start;
                textEnd = p;
                escaped = escapes;
                return p + 1;
            }
            if (b >= 0 && b < 0x20) {
                return -1; // a control character must be escaped
            }
            if (b == '\\') {
                escapes = true;
                p++;
                if (p >= lineEnd) {
                    return -1;
                }
                switch (bytes[p]) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> { }
                    case 'u' -> {
                        if (p + 4 >= lineEnd || hex(p + 1) < 0 || hex(p + 2) < 0 || hex(p + 3) < 0 || hex(p + 4) < 0) {
                            return -1;
                        }
                        p += 4;
                    }
                    default -> {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }

    /** The value of the hexadecimal digit at {@code p}, or -1. */
    private int hex(int p) {
        int b = bytes[p];
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        b |= 0x20; // lower case
        return b >= 'a' && b <= 'f' ? b - 'a' + 10 : -1;
    }

    /** The text of the last string read. */
    private String text() {
        if (!escaped) {
            return new String(bytes, textStart, textEnd - textStart,
                    ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(textEnd - textStart);
        int plain = textStart;
        for (int p = textStart; p < textEnd; p++) {
            if (bytes[p] != '\\') {
                continue;
            }
            text.append(new String(bytes, plain, p - plain, StandardCharsets.UTF_8));
            p++;
            switch (bytes[p]) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) (hex(p + 1) << 12 | hex(p + 2) << 8 | hex(p + 3) << 4 | hex(p + 4)));
                    p += 4;
                }
                default -> text.append((char) bytes[p]); // " \ /
            }
            plain = p + 1;
        }
        return text.append(new String(bytes, plain, textEnd - plain, StandardCharsets.UTF_8)).toString();
    }

    /**
     * Reads {@code null}, {@code true} or {@code false} (by its first letter) at {@code p}.
     *
     * @return where it ends, or -1 when it is not that word followed by white space or punctuation
     */
    private int literal(int p, int first) {
        byte[] word = first == 'n' ? NULL : first == 't' ? TRUE : FALSE;
        int end = p + word.length;
        if (end > lineEnd || !Arrays.equals(bytes, p, end, word, 0, word.length)) {
            return -1;
        }
        return end == lineEnd || isDelimiter(bytes[end]) ? end : -1;
    }

    /**
     * Reads an integer ({@code -?(0|[1-9][0-9]*)}) at {@code p}.
     *
     * @return where it ends, or -1 when there is none, it is longer than {@link #LONGEST_INTEGER}
     *     characters, or a fraction or exponent follows
     */
    private int integer(int p) {
        int start = p;
        if (p < lineEnd && bytes[p] == '-') {
            p++;
        }
        int digits = p;
        while (p < lineEnd && bytes[p] >= '0' && bytes[p] <= '9') {
            p++;
        }
        if (p == digits || (bytes[digits] == '0' && p - digits > 1) || p - start > LONGEST_INTEGER) {
            return -1;
        }
        return p == lineEnd || isDelimiter(bytes[p]) ? p : -1;
    }

    /** Whether a byte may follow a number or a word: white space or punctuation that ends a value. */
    private static boolean isDelimiter(byte b) {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\r';
    }

    /** The 1-based column, in characters, of the byte at {@code at} in the line. */
    private int column(int at) {
        if (ascii) {
            return at - lineStart + 1;
        }
        int column = 1;
        for (int i = lineStart; i < at; i++) {
            int b = bytes[i];
            if ((b & 0xC0) != 0x80) {
                column += (b & 0xF8) == 0xF0 ? 2 : 1; // four bytes are two UTF-16 characters
            }
        }
        return column;
    }

    /**
     * The date these bytes write, read as {@link PartialDate#parse} reads it, or null when they
     * are not exactly {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} of a day that exists (or
     * are longer than a value may be): then the text is parsed as a string, which says why.
     */
    private PartialDate dateOrNull(int offset, int length) {
        if (length != 4 && length != 7 && length != 10 || length > maxValueLength) {
            return null;
        }
        int year = digits(offset, 4);
        int month = length == 4 ? 0 : bytes[offset + 4] == '-' ? digits(offset + 5, 2) : -1;
        int day = length < 10 ? 0 : bytes[offset + 7] == '-' ? digits(offset + 8, 2) : -1;
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return length == 4 ? PartialDate.ofYear(year) : length == 7 ? PartialDate.ofMonth(year, month)
                    : PartialDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the ASCII digits write, or -1 when one of them is not a digit. */
    private int digits(int offset, int count) {
        int number = 0;
        for (int i = offset; i < offset + count; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            number = number * 10 + digit;
        }
        return number;
    }

    /** The texts parsed before for field {@code i} of a plan. */
    private ParsedTexts parsedTexts(Plan plan, int i) {
        ParsedTexts[] byField = parsedTexts[plan.number];
        if (byField == null) {
            byField = new ParsedTexts[plan.fields.length];
            parsedTexts[plan.number] = byField;
        }
        ParsedTexts parsed = byField[i];
        if (parsed == null) {
            parsed = new ParsedTexts();
            byField[i] = parsed;
        }
        return parsed;
    }

    /** The text, or null when it is over the length limit or holds half a surrogate pair (problems). */
    private String acceptable(String text) {
        return text.length() > maxValueLength || WritabilityCheck.unpairedSurrogate(text) >= 0 ? null : text;
    }
}
