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
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Decodes a JSON Lines record straight from the parser's tokens into the record, through a
 * per-kind {@link Plan} derived from the field tables: properties in any order, each value parsed
 * as it comes by the same {@link ValueReader} getters as the
 * {@link io.github.regsec.formats.codec.RecordDecoder}, with no object, map or row per record in
 * between. It is the fast path for records that are entirely right: at the first thing that
 * would be a problem (an unknown or repeated property, a value of the wrong JSON type or that
 * does not parse, a missing required value, a value over the length limit, a {@code type} other
 * than the one guessed), it gives up, and the line is read again by the path that reports every
 * problem exactly ({@link JsonObjectReader}, {@link RecordImporter}). Whatever it decodes, that
 * path would decode the same. Not thread-safe: one per decoding thread.
 */
final class TokenDecoder {

    /** The property that names a JSON Lines record's kind. */
    static final String TYPE = "type";

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
        private final String childArray;
        private final Plan child;
        private final int[] participantAnyOf;
        /** The fields' names by their index, then {@code type} and the child array: matched in the parser's bytes. */
        private final PropertyNameMatcher matcher;
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
            childArray = childTable == null ? null : childTable.jsonName();
            child = childTable == null ? null : new Plan(childTable);
            List<Named> names = new ArrayList<>();
            for (Field<?> field : fields) {
                names.add(Named.fromString(field.name()));
            }
            typeIndex = type == null ? -1 : names.size();
            if (type != null) {
                names.add(Named.fromString(TYPE));
            }
            childIndex = childArray == null ? -1 : names.size();
            if (childArray != null) {
                names.add(Named.fromString(childArray));
            }
            matcher = BinaryNameMatcher.constructFrom(names, false);
            participantAnyOf = table.kind() == RecordKind.PARTICIPANT
                    ? new int[] {slots.get("person"), slots.get("person_id"), slots.get("role"), slots.get("affiliation")}
                    : null;
        }
    }

    /** How many plans there are (each kind's, and each child kind's). */
    private static int plans;
    private static final Map<String, Plan> BY_TYPE = new HashMap<>();
    private static final int MOST_FIELDS;
    /** Matches only {@code type} (index 0): for a first record, whose kind cannot be guessed. */
    private static final PropertyNameMatcher TYPE_ONLY = BinaryNameMatcher.constructFrom(List.of(Named.fromString(TYPE)), false);

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

    /**
     * @param file the file name, for locations
     * @param maxValueLength the most characters a value may have
     */
    TokenDecoder(String file, int maxValueLength) {
        this.file = file;
        this.maxValueLength = maxValueLength;
    }

    private ValueReader newReader() {
        return new ValueReader(slot, RecordKind.SOURCE, null);
    }

    /** Where the child row whose {@code START_OBJECT} is the parser's current token starts. */
    interface Columns {
        /** The 1-based column of the parser's current token. */
        int column(JsonParser parser);
    }

    /**
     * Decodes the record object whose {@code START_OBJECT} is the parser's current token, up to
     * its {@code END_OBJECT}.
     *
     * @param line the line's number, for the locations of child rows
     * @param columns where child rows start
     * @return the record, or null when it is not entirely right (read the line again to find out why)
     */
    DatasetRecord decode(JsonParser parser, int line, Columns columns) {
        Plan plan = guess; // most files give the type first, and most lines have the kind of the line before
        PropertyNameMatcher matcher = plan == null ? TYPE_ONLY : plan.matcher;
        if (plan != null) {
            Arrays.fill(values, 0, plan.fields.length, null);
        }
        boolean typed = false;
        boolean childrenRead = false;
        long seen = 0;
        children = null;
        childLocations = null;
        for (int i = parser.nextNameMatch(matcher); i != PropertyNameMatcher.MATCH_END_OBJECT;
             i = parser.nextNameMatch(matcher)) {
            if (i < 0) {
                return null; // a property the kind does not have, or not a property
            }
            if (plan == null || i == plan.typeIndex) {
                if (typed || parser.nextToken() != JsonToken.VALUE_STRING) {
                    return null;
                }
                typed = true;
                Plan named = plan != null && sameText(parser, plan.type) ? plan : BY_TYPE.get(parser.getString());
                if (named == null || (named != plan && (seen != 0 || childrenRead))) {
                    return null;
                }
                if (named != plan) {
                    plan = named;
                    matcher = plan.matcher;
                    Arrays.fill(values, 0, plan.fields.length, null);
                }
            } else if (i == plan.childIndex) {
                if (childrenRead || !readChildren(parser, plan.child, line, columns)) {
                    return null;
                }
                childrenRead = true;
            } else {
                if ((seen & (1L << i)) != 0 || !readValue(parser, plan, i, values)) {
                    return null;
                }
                seen |= 1L << i;
            }
        }
        if (!typed) {
            return null;
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

    /** True when the current string value is this text, compared without making a string. */
    private static boolean sameText(JsonParser parser, String text) {
        int length = parser.getStringLength();
        if (length != text.length()) {
            return false;
        }
        char[] chars = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The child rows' locations of the last record decoded, in order. */
    List<Location> childLocations() {
        return childLocations == null ? List.of() : childLocations;
    }

    private boolean readChildren(JsonParser parser, Plan plan, int line, Columns columns) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return true;
        }
        if (token != JsonToken.START_ARRAY) {
            return false;
        }
        children = new ArrayList<>();
        childLocations = new ArrayList<>();
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                return false;
            }
            Location at = Location.of(file, line, columns.column(parser));
            Arrays.fill(childValues, 0, plan.fields.length, null);
            long seen = 0;
            for (int i = parser.nextNameMatch(plan.matcher); i != PropertyNameMatcher.MATCH_END_OBJECT;
                 i = parser.nextNameMatch(plan.matcher)) {
                if (i < 0) {
                    return false;
                }
                if ((seen & (1L << i)) != 0 || !readValue(parser, plan, i, childValues)) {
                    return false;
                }
                seen |= 1L << i;
            }
            if (plan.participantAnyOf != null && noneOf(plan.participantAnyOf, childValues)) {
                return false;
            }
            Row row = build(plan, childValues);
            if (row == null) {
                return false;
            }
            children.add((ChildRow) row);
            childLocations.add(at);
        }
        return true;
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
        Object builder = plan.table.newBuilder();
        for (int i = 0; i < plan.fields.length; i++) {
            Object value = values[i];
            if (value == null) {
                if (plan.required[i]) {
                    return null;
                }
                if (plan.types[i].isList()) {
                    value = List.of(); // as the RecordDecoder sets an absent list
                } else {
                    continue;
                }
            }
            plan.fields[i].set(builder, value);
        }
        try {
            return plan.table.build(builder);
        } catch (RuntimeException e) {
            return null; // the full path reports what it is
        }
    }

    /** Reads the value of field {@code i} into {@code into}; false when it is not entirely right. */
    private boolean readValue(JsonParser parser, Plan plan, int i, Object[] into) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return true; // absent
        }
        ParsedTexts parsed = plan.repeats[i] ? parsedTexts(plan, i) : null;
        FieldType type = plan.types[i];
        String name = plan.fields[i].name();
        Object value;
        if (type.isList()) {
            if (token != JsonToken.START_ARRAY) {
                return false;
            }
            items.clear();
            token = parser.nextToken();
            if (token == JsonToken.VALUE_STRING && parsed != null) {
                int kept = parsed.find(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
                if (kept >= 0) { // a list of one item that was read before, or the first of more
                    token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        into[i] = parsed.value(kept);
                        return true;
                    }
                    items.add(parsed.text(kept));
                }
            }
            for (; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    return false;
                }
                String item = acceptable(parser.getString());
                if (item == null) {
                    return false;
                }
                items.add(item);
            }
            slot.items = items;
            List<?> list = switch (type) {
                case TEXT_LIST -> reader.texts(name);
                case PARTY_LIST -> reader.parties(name);
                default -> reader.identifiers(name);
            };
            slot.items = null;
            if (reader.hasErrors()) {
                reader = newReader();
                return false;
            }
            if (parsed != null && items.size() == 1) {
                list = List.copyOf(list); // kept, so shared between the rows that give the same one item
                parsed.put(items.get(0), list);
            }
            into[i] = list;
            return true;
        }
        String text;
        if (type == FieldType.INTEGER) {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                return false;
            }
            text = parser.getString();
        } else if (type == FieldType.BOOLEAN) {
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                return false;
            }
            text = token == JsonToken.VALUE_TRUE ? "true" : "false";
        } else {
            if (token != JsonToken.VALUE_STRING) {
                return false;
            }
            if (parsed != null) {
                int kept = parsed.find(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
                if (kept >= 0) {
                    into[i] = parsed.value(kept);
                    return true;
                }
            } else if (type == FieldType.DATE) {
                PartialDate date = dateOrNull(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
                if (date != null) {
                    into[i] = date;
                    return true;
                }
            }
            text = acceptable(parser.getString());
            if (text == null || (plan.required[i] && text.isBlank())) {
                return false;
            }
        }
        if (text.isEmpty()) {
            return true; // an empty text is absent
        }
        slot.text = text;
        value = switch (type) {
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
            return false;
        }
        if (parsed != null && value != null) {
            parsed.put(text, value);
        }
        into[i] = value;
        return true;
    }

    /**
     * The date these characters write, read as {@link PartialDate#parse} reads it, or null when
     * they are not exactly {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} of a day that exists
     * (or are longer than a value may be): then the text is parsed as a string, which says why.
     */
    private PartialDate dateOrNull(char[] chars, int offset, int length) {
        if (length != 4 && length != 7 && length != 10 || length > maxValueLength) {
            return null;
        }
        int year = digits(chars, offset, 4);
        int month = length == 4 ? 0 : chars[offset + 4] == '-' ? digits(chars, offset + 5, 2) : -1;
        int day = length < 10 ? 0 : chars[offset + 7] == '-' ? digits(chars, offset + 8, 2) : -1;
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
    private static int digits(char[] chars, int offset, int count) {
        int number = 0;
        for (int i = offset; i < offset + count; i++) {
            int digit = chars[i] - '0';
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
