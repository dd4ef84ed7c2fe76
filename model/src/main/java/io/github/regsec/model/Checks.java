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

    /** A copied, unmodifiable list: null means empty; null elements are refused. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(field + " must not contain null");
            }
        }
        return List.copyOf(values);
    }
}
