package io.github.regsec.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Row;
import io.github.regsec.model.Source;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTableFromValuesTest {

    /** Every value set, and each different from the others of its type, so that no two places can be swapped unseen. */
    private static final Membership FULL = Membership.builder("m-1", "osce", Party.person("p-1"), MembershipStatus.MEMBER)
            .postId("post-1").role("Acting Head").onBehalfOf(Party.parse("country:TJ"))
            .startDate(PartialDate.parse("2019-07")).endDate(PartialDate.parse("2021"))
            .sources(List.of("s-1", "s-2")).note("a note").build();

    @Test
    void aMembershipFromItsValuesIsTheMembership() {
        assertThat(RecordTables.MEMBERSHIP.fromValues(valuesOf(RecordTables.MEMBERSHIP, FULL))).isEqualTo(FULL);
        Membership bare = Membership.builder("m-2", "sco", Party.parse("country:UZ"), MembershipStatus.OBSERVER).build();
        assertThat(RecordTables.MEMBERSHIP.fromValues(valuesOf(RecordTables.MEMBERSHIP, bare))).isEqualTo(bare);
    }

    @Test
    void absentValuesAreNullAndAnAbsentListIsEmpty() {
        Object[] values = valuesOf(RecordTables.MEMBERSHIP, FULL);
        for (int i = 4; i < values.length; i++) {
            values[i] = null; // everything after the required id, organization, member and status
        }
        Membership read = RecordTables.MEMBERSHIP.fromValues(values);
        assertThat(read).isEqualTo(Membership.builder("m-1", "osce", Party.person("p-1"), MembershipStatus.MEMBER).build());
        assertThat(read.sources()).isEmpty();
    }

    @Test
    void aTableWithoutAConstructorGoesThroughItsBuilder() {
        Source source = Source.builder().id("s-1").title("T").author("A").publisher("P").published(PartialDate.parse("2020"))
                .url("https://example.org").accessed(PartialDate.parse("2026-12-01")).note("n").build();
        assertThat(RecordTables.SOURCE.fromValues(valuesOf(RecordTables.SOURCE, source))).isEqualTo(source);
    }

    @Test
    void refusesAMissingRequiredValueAsTheConstructorDoes() {
        Object[] values = valuesOf(RecordTables.MEMBERSHIP, FULL);
        values[2] = null;
        assertThatThrownBy(() -> RecordTables.MEMBERSHIP.fromValues(values))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("member");
    }

    private static <R extends Row> Object[] valuesOf(RecordTable<R> table, R row) {
        return table.fields().stream().map(field -> field.get(row)).toArray();
    }
}
