package io.github.regsec.formats.json;

import io.github.regsec.problem.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object as {@link JsonObjectReader} read it: its properties in file order, each value
 * with its location, and the properties that were given twice. Nothing is checked here; {@link
 * JsonFields} checks the values against a record schema.
 */
final class JsonObject {

    /** What kind of JSON value a {@link Value} is. */
    enum Type {
        NULL, STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT,
        /** A string longer than {@code ReadOptions.maxValueLength}: its text is not kept. */
        TOO_LONG
    }

    /**
     * A JSON value.
     *
     * @param type what kind of value it is
     * @param text the text of a string, number or boolean; for {@link Type#TOO_LONG}, the limit it
     *     broke (a number of characters); null otherwise
     * @param items the elements of an array that was read; null for other values and for arrays
     *     nested deeper than the format has arrays (those are skipped)
     * @param object the object, for objects that were read (record objects in an array); null otherwise
     * @param location where the value starts
     */
    record Value(Type type, String text, List<Value> items, JsonObject object, Location location) {

        /** The value in words, for messages: {@code the text "57"}, {@code the number 12.5}, {@code an array}. */
        String describe() {
            switch (type) {
                case STRING: return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
                case INTEGER:
                case NUMBER: return "the number " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
                case BOOLEAN: return text;
                case NULL: return "null";
                case ARRAY: return "an array";
                case TOO_LONG: return "a text longer than the limit of " + text + " characters";
                default: return "an object";
            }
        }
    }

    /**
     * A property: its name, where the name is, and its value.
     *
     * @param name the property name
     * @param location where the name is
     * @param value the value
     */
    record Property(String name, Location location, Value value) {
    }

    private final Location location;
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final List<Property> repeated = new ArrayList<>();

    JsonObject(Location location) {
        this.location = location;
    }

    void add(Property property) {
        if (properties.putIfAbsent(property.name(), property) != null) {
            repeated.add(property);
        }
    }

    /** Where the object's opening brace is. */
    Location location() {
        return location;
    }

    /** The properties in file order (the first of any given twice). */
    Iterable<Property> properties() {
        return properties.values();
    }

    /** A property's value (its first), or null when absent. */
    Value value(String name) {
        Property p = properties.get(name);
        return p == null ? null : p.value();
    }

    /** The property with this name, or null. */
    Property property(String name) {
        return properties.get(name);
    }

    /** The second and later occurrences of properties given more than once. */
    List<Property> repeated() {
        return repeated;
    }
}
