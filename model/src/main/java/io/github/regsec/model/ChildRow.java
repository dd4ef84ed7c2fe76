package io.github.regsec.model;

/**
 * A row that has no id of its own and lives inside a top-level record: a {@link Name} of an
 * organization or field office, a {@link Participant} of a meeting. In a CSV directory it is a
 * row of its own file that names its parent; in JSON it nests in its parent's object.
 */
public sealed interface ChildRow extends Row permits Name, Participant {
}
