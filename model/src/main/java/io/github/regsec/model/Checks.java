package io.github.regsec.model;

import java.util.List;
import java.util.Objects;

/** The invariants the records' constructors share. */
final class Checks {

    private Checks() {
    }

    /** An optional text: the empty string means absent. */
    static String optional(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A required value: never null. */
    static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    /**
     * A builder's list with one more item: the builder's own growing list, or, the first time,
     * a new one holding the items given to the builder's setter (which is never changed).
     */
    static <T> List<T> appended(List<T> list, T item) {
        Growing<T> growing = list instanceof Growing<T> mine ? mine : new Growing<>(list);
        growing.add(item);
        return growing;
    }

    /** A list a builder made itself, and so may add to. */
    private static final class Growing<T> extends java.util.ArrayList<T> {
        private static final long serialVersionUID = 1L;

        Growing(List<T> items) {
            super(items);
        }
    }

    /** A copied, unmodifiable list: null means empty; null elements are refused. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        try {
            return List.copyOf(values); // refuses nulls, and is no work for a list it made (a record built from another)
        } catch (NullPointerException e) {
            throw new NullPointerException(field + " must not contain null");
        }
    }
}
