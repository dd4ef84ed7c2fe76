package io.github.regsec.formats.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How years become memberships, over the hand-written {@code cow/runs} file (its last year is 2006). */
class MembershipRunsTest {

    private static Dataset dataset;

    @BeforeAll
    static void read() throws IOException {
        dataset = new CowIgoImporter().read(Fixtures.path("runs/state_year_format3.csv"), ReadOptions.defaults())
                .dataset();
    }

    private static List<Membership> of(String igo, String country) {
        return dataset.membershipsIn(igo).stream().filter(m -> m.member().equals(Party.country(country)))
                .collect(Collectors.toList());
    }

    private static PartialDate year(int year) {
        return PartialDate.ofYear(year);
    }

    @Test
    void endsARunAtAMissingYearAndAtAYearWithoutRow() {
        // TJ un: 2000, -9 in 2001, 2002-2004, no row for 2005, 2006 (the last year)
        assertThat(of("un", "TJ")).extracting(Membership::id, Membership::startDate, Membership::endDate).containsExactly(
                tuple("cow-un-tj-2000", year(2000), year(2000)),
                tuple("cow-un-tj-2002", year(2002), year(2004)),
                tuple("cow-un-tj-2006", year(2006), null));
    }

    @Test
    void startsANewMembershipWhenTheStatusChanges() {
        assertThat(of("osce", "TJ")).extracting(Membership::status, Membership::startDate, Membership::endDate)
                .containsExactly(
                        tuple(MembershipStatus.MEMBER, year(2000), year(2002)),
                        tuple(MembershipStatus.ASSOCIATE, year(2003), year(2004)),
                        tuple(MembershipStatus.ASSOCIATE, year(2006), null));
        assertThat(of("sco", "TJ")).extracting(Membership::status, Membership::startDate, Membership::endDate)
                .containsExactly(
                        tuple(MembershipStatus.OBSERVER, year(2002), year(2003)),
                        tuple(MembershipStatus.OBSERVER, year(2006), null));
    }

    @Test
    void endsARunAtANotMemberYearAndKeepsTheLastOneOpen() {
        assertThat(of("osce", "KZ")).extracting(Membership::startDate, Membership::endDate)
                .containsExactly(tuple(year(2003), year(2005)));
        assertThat(of("un", "KZ")).extracting(Membership::startDate, Membership::endDate)
                .containsExactly(tuple(year(2004), null));
        assertThat(of("sco", "KZ")).extracting(Membership::startDate, Membership::endDate)
                .containsExactly(tuple(year(2005), null));
    }

    @Test
    void ordersMembershipsByIgoColumnThenCountryThenStart() {
        assertThat(dataset.memberships()).extracting(Membership::id).containsExactly(
                "cow-un-kz-2004", "cow-un-tj-2000", "cow-un-tj-2002", "cow-un-tj-2006",
                "cow-osce-kz-2003", "cow-osce-tj-2000", "cow-osce-tj-2003", "cow-osce-tj-2006",
                "cow-sco-kz-2005", "cow-sco-tj-2002", "cow-sco-tj-2006");
    }
}
