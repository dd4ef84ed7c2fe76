package io.github.regsec.formats.atop;

import java.util.List;

/** The obligations ATOP codes for an alliance, each a column and a topic of the organization. */
enum Obligation {
    /** {@code defense}: to defend a member that is attacked. */
    DEFENCE("defense", "defence"),
    /** {@code offense}: to join a member's offensive war. */
    OFFENCE("offense", "offence"),
    /** {@code neutral}: to stay neutral if a member is at war. */
    NEUTRALITY("neutral", "neutrality"),
    /** {@code nonagg}: not to attack each other. */
    NON_AGGRESSION("nonagg", "non-aggression"),
    /** {@code consul}: to consult in a crisis. */
    CONSULTATION("consul", "consultation");

    /** Every obligation, in ATOP's column order. */
    static final List<Obligation> ALL = List.of(values());

    private final String column;
    private final String topic;

    Obligation(String column, String topic) {
        this.column = column;
        this.topic = topic;
    }

    /** The ATOP column, {@code defense}. */
    String column() {
        return column;
    }

    /** The topic of the organization, {@code defence}. */
    String topic() {
        return topic;
    }
}
