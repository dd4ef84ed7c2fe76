package io.github.regsec.model.table;

/**
 * The type of a field's value, the same in every format. Lists are {@code ;}-separated in CSV
 * and arrays in JSON. See docs/FORMATS.md#values.
 */
public enum FieldType {
    /** Free text. */
    TEXT,
    /** A record id: the record's own id or a reference to another record. */
    ID,
    /** A reduced-precision date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    DATE,
    /** A country code: alpha-2 or alpha-3, any case. */
    COUNTRY,
    /** A party: {@code country:TJ}, {@code org:osce} or {@code person:emomali-rahmon}. */
    PARTY,
    /** One of an enumeration's format names. */
    ENUM,
    /** A whole number written with ASCII digits. */
    INTEGER,
    /** Yes or no: {@code true} or {@code false} in CSV, a JSON boolean in JSON. */
    BOOLEAN,
    /** A list of texts or ids. */
    TEXT_LIST,
    /** A list of parties. */
    PARTY_LIST,
    /** A list of {@code scheme:value} identifiers. */
    IDENTIFIER_LIST;

    /**
     * True for list types.
     *
     * @return whether a value of this type is a list, written with {@code ;} between the elements in CSV
     */
    public boolean isList() {
        return this == TEXT_LIST || this == PARTY_LIST || this == IDENTIFIER_LIST;
    }
}
