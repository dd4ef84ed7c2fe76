package io.github.regsec.formats.popolo;

/** The ids of the problems only the Popolo importer reports (docs/FORMATS.md#popolo). */
public final class PopoloRuleIds {

    /** A Popolo field or collection regsec has no place for: reported once per field, with the count. */
    public static final String UNMAPPED_FIELD = "unmapped-field";

    /** Popolo ids that are not regsec ids: renamed, the original kept as the identifier {@code popolo:<id>}. */
    public static final String RENAMED_ID = "renamed-id";

    /** Popolo values read into regsec's form with a change: a time of day dropped, a scheme or a role written as regsec writes them. */
    public static final String CHANGED_VALUE = "changed-value";

    private PopoloRuleIds() {
    }
}
