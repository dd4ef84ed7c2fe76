package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static final Name CSCE = Name.of("Conference on Security and Co-operation in Europe", NameKind.FORMER,
            PartialDate.parse("1975"), PartialDate.parse("1994-12-31"));

    private static Organization osce() {
        return Organization.builder("osce", "Organization for Security and Co-operation in Europe",
                        OrganizationKind.INTERGOVERNMENTAL)
                .acronym("OSCE")
                .foundingDate(PartialDate.parse("1975-08-01"))
                .headquartersCity("Vienna")
                .headquartersCountry(CountryCode.parse("AT"))
                .memberCount(57)
                .website("https://www.osce.org")
                .addIdentifier(Identifier.parse("wikidata:Q81299"))
                .addSource("osce-factsheet")
                .note("participating States")
                .addName(CSCE)
                .build();
    }

    @Test
    void builderSetsEveryValue() {
        Organization osce = osce();
        assertThat(osce.id()).isEqualTo("osce");
        assertThat(osce.kind()).isEqualTo(OrganizationKind.INTERGOVERNMENTAL);
        assertThat(osce.acronym()).isEqualTo("OSCE");
        assertThat(osce.parentId()).isNull();
        assertThat(osce.foundingDate()).isEqualTo(PartialDate.parse("1975-08-01"));
        assertThat(osce.dissolutionDate()).isNull();
        assertThat(osce.headquartersCity()).isEqualTo("Vienna");
        assertThat(osce.headquartersCountry()).isEqualTo(CountryCode.parse("AUT"));
        assertThat(osce.country()).isNull();
        assertThat(osce.memberCount()).isEqualTo(57);
        assertThat(osce.website()).isEqualTo("https://www.osce.org");
        assertThat(osce.identifiers()).containsExactly(Identifier.parse("wikidata:Q81299"));
        assertThat(osce.sources()).containsExactly("osce-factsheet");
        assertThat(osce.note()).isEqualTo("participating States");
        assertThat(osce.names()).containsExactly(CSCE);
        assertThat(osce.recordKind()).isEqualTo(RecordKind.ORGANIZATION);
    }

    @Test
    void toBuilderRoundTrips() {
        Organization osce = osce();
        assertThat(osce.toBuilder().build()).isEqualTo(osce);
        Organization fsc = Organization.builder("osce-fsc", "Forum for Security Co-operation", OrganizationKind.BODY)
                .parentId("osce").foundingDate(PartialDate.parse("1992")).dissolutionDate(PartialDate.parse("2100"))
                .country(CountryCode.parse("AT")).build();
        assertThat(fsc.toBuilder().build()).isEqualTo(fsc);
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        Organization renamed = osce().toBuilder().acronym("OBSE").build();
        assertThat(renamed.acronym()).isEqualTo("OBSE");
        assertThat(renamed.toBuilder().acronym("OSCE").build()).isEqualTo(osce());
    }

    @Test
    void withNamesReplacesOnlyTheNames() {
        Name obse = new Name("ОБСЕ", NameKind.TRANSLATION, "ru", null, null, null, null);
        Organization osce = osce().withNames(List.of(obse));
        assertThat(osce.names()).containsExactly(obse);
        assertThat(osce.withNames(List.of(CSCE))).isEqualTo(osce());
        assertThat(osce().withNames(null).names()).isEmpty();
    }

    @Test
    void requiredValuesNameTheirField() {
        assertThatThrownBy(() -> Organization.builder(null, "OSCE", OrganizationKind.INTERGOVERNMENTAL).build())
                .isInstanceOf(NullPointerException.class).hasMessage("id is required");
        assertThatThrownBy(() -> Organization.builder("osce", null, OrganizationKind.INTERGOVERNMENTAL).build())
                .isInstanceOf(NullPointerException.class).hasMessage("name is required");
        assertThatThrownBy(() -> Organization.builder("osce", "OSCE", null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("kind is required");
    }

    @Test
    void emptyOptionalTextIsAbsent() {
        Organization o = Organization.builder("csto", "Collective Security Treaty Organization",
                        OrganizationKind.INTERGOVERNMENTAL)
                .acronym("").parentId("").headquartersCity("").website("").note("").build();
        assertThat(o.acronym()).isNull();
        assertThat(o.parentId()).isNull();
        assertThat(o.headquartersCity()).isNull();
        assertThat(o.website()).isNull();
        assertThat(o.note()).isNull();
    }

    @Test
    void copiesListsAndRefusesToChangeThem() {
        List<Identifier> identifiers = new ArrayList<>(List.of(Identifier.parse("cow:3770")));
        List<String> sources = new ArrayList<>(List.of("s1"));
        List<Name> names = new ArrayList<>(List.of(CSCE));
        List<String> topics = new ArrayList<>(List.of("consultation"));
        Organization o = new Organization("osce", "OSCE", null, OrganizationKind.INTERGOVERNMENTAL, null, null, null,
                null, null, null, null, null, null, null, null, identifiers, topics, sources, null, names);
        identifiers.clear();
        topics.add("defence");
        sources.add("s2");
        names.clear();
        assertThat(o.identifiers()).containsExactly(Identifier.parse("cow:3770"));
        assertThat(o.sources()).containsExactly("s1");
        assertThat(o.names()).containsExactly(CSCE);
        assertThat(o.topics()).containsExactly("consultation");
        assertThatThrownBy(() -> o.topics().add("defence")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.identifiers().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.sources().add("s3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.names().add(CSCE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderListsAreCopiedToo() {
        List<String> sources = new ArrayList<>(List.of("s1"));
        Organization.Builder builder = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL)
                .sources(sources);
        sources.add("s2");
        Organization first = builder.build();
        builder.addSource("s3");
        assertThat(first.sources()).containsExactly("s1");
        assertThat(builder.build().sources()).containsExactly("s1", "s3");
    }

    @Test
    void aCompleteListIsCompleteOnlyOnDaysCertainlyInItsPeriod() {
        Organization cow = Organization.builder("un", "UN", OrganizationKind.INTERGOVERNMENTAL)
                .foundingDate(PartialDate.parse("1945-10-24")).coverage(Coverage.COMPLETE)
                .coverageEnd(PartialDate.parse("2014")).build();
        assertThat(cow.coverageOn(java.time.LocalDate.of(1945, 10, 23))).isEqualTo(Coverage.UNKNOWN);
        assertThat(cow.coverageOn(java.time.LocalDate.of(2000, 1, 1))).isEqualTo(Coverage.COMPLETE);
        assertThat(cow.coverageOn(java.time.LocalDate.of(2014, 6, 1))).isEqualTo(Coverage.UNKNOWN);
        assertThat(Organization.builder("eu", "EU", OrganizationKind.INTERGOVERNMENTAL).coverage(Coverage.PARTIAL).build()
                .coverageOn(java.time.LocalDate.of(2020, 1, 1))).isEqualTo(Coverage.PARTIAL);
        Organization unsaid = Organization.builder("x", "X", OrganizationKind.INTERGOVERNMENTAL).build();
        assertThat(unsaid.coverage()).isNull();
        assertThat(unsaid.coverageOn(java.time.LocalDate.of(2020, 1, 1))).isEqualTo(Coverage.UNKNOWN);
    }

    @Test
    void nullListsAreEmptyAndNullElementsAreRefused() {
        Organization o = new Organization("osce", "OSCE", null, OrganizationKind.INTERGOVERNMENTAL, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(o.identifiers()).isEmpty();
        assertThat(o.topics()).isEmpty();
        assertThat(o.sources()).isEmpty();
        assertThat(o.names()).isEmpty();
        assertThatThrownBy(() -> Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL)
                .names(Arrays.asList(CSCE, null)).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("names must not contain null");
    }

    @Test
    void periodRunsFromFoundingToDissolution() {
        Organization cis = Organization.builder("cis-cst", "CIS Collective Security Treaty", OrganizationKind.OTHER)
                .foundingDate(PartialDate.parse("1992-05-15")).dissolutionDate(PartialDate.parse("2002-10")).build();
        assertThat(cis.period()).isEqualTo(Period.of(PartialDate.parse("1992-05-15"), PartialDate.parse("2002-10")));
        assertThat(cis.startField()).isEqualTo("founding_date");
        assertThat(cis.endField()).isEqualTo("dissolution_date");
        assertThat(osce().period().end()).isNull();
    }
}
