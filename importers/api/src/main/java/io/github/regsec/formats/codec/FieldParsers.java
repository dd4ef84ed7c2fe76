package io.github.regsec.formats.codec;

import io.github.regsec.model.Identifier;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How each {@link io.github.regsec.model.table.FieldType} reads a value from its text: the one
 * set of parsers behind {@link ValueReader}'s getters and the {@link ColumnDecoder}. A parser
 * throws {@link IllegalArgumentException} or {@link java.time.DateTimeException} with a message
 * for the user when the text is not a value of its type.
 */
final class FieldParsers {

    private FieldParsers() {
    }

    private static final Function<String, List<String>> TEXTS = texts();
    private static final Function<String, List<Party>> PARTIES = list(Party::parse);
    private static final Function<String, List<Identifier>> IDENTIFIERS = list(Identifier::parse);

    /**
     * Parses a field's whole text: the value, a list for list fields. A switch on the type rather
     * than a function per field, so that a decoder's loop over a row's fields calls each parser
     * directly.
     */
    static Object parse(Field<?> field, String text) {
        return switch (field.type()) {
            case TEXT -> text;
            case ID -> isOwnId(field) ? text : SharedStrings.share(text);
            case DATE -> PartialDate.parse(text);
            case COUNTRY -> CountryCode.parse(text);
            case PARTY -> Party.parse(text);
            case ENUM -> field.parseEnum(text);
            case INTEGER -> ValueReader.wholeNumber(text);
            case BOOLEAN -> bool(text);
            case TEXT_LIST -> TEXTS.apply(text);
            case PARTY_LIST -> PARTIES.apply(text);
            case IDENTIFIER_LIST -> IDENTIFIERS.apply(text);
        };
    }

    /**
     * True for the field that holds a record's own id: unique in a dataset, so not shared (it would
     * only push the ids that rows do repeat, the references, out of the cache).
     */
    static boolean isOwnId(Field<?> field) {
        return field.name().equals("id");
    }

    /** {@code true} or {@code false}, spaces around ignored, lower case only. */
    static Boolean bool(String text) {
        String value = text.strip();
        if (value.equals("true")) {
            return Boolean.TRUE;
        }
        if (value.equals("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + text + "' is not true or false");
    }

    /** A list of texts; a list of one text is shared between rows, as its text is. */
    private static Function<String, List<String>> texts() {
        Function<String, List<String>> any = list(SharedStrings::share);
        return text -> {
            if (text.indexOf(';') < 0) {
                String only = text.strip();
                return only.isEmpty() ? List.of() : SharedStrings.shareOne(only);
            }
            return any.apply(text);
        };
    }

    /**
     * A list written as CSV writes one, items separated by {@code ;}, trimmed, empty items
     * skipped: an unmodifiable list of the parsed items. Throws at the first item that does not
     * parse (the {@link ValueReader} reports each such item).
     */
    private static <T> Function<String, List<T>> list(Function<String, T> item) {
        return text -> {
            if (text.indexOf(';') < 0) {
                String only = text.strip();
                return only.isEmpty() ? List.of() : List.of(item.apply(only));
            }
            List<T> items = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == ';') {
                    String one = text.substring(start, i).strip();
                    if (!one.isEmpty()) {
                        items.add(item.apply(one));
                    }
                    start = i + 1;
                }
            }
            return List.copyOf(items);
        };
    }
}
