package io.github.regsec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldOfficeTest {

    private static final CountryCode TJ = CountryCode.parse("TJ");
    private static final Name CENTRE_IN_DUSHANBE = Name.of("OSCE Centre in Dushanbe", NameKind.FORMER,
            PartialDate.parse("2002-10"), PartialDate.parse("2008-06"));

    private static FieldOffice dushanbe() {
        return FieldOffice.builder("osce-po-dushanbe", "osce", "OSCE Programme Office in Dushanbe",
                        FieldOfficeKind.PROGRAMME_OFFICE, TJ)
                .city("Dushanbe")
                .openingDate(PartialDate.parse("1994-02"))
                .identifiers(List.of(Identifier.parse("wikidata:Q7075434")))
                .addSource("osce-po-dushanbe-web")
                .note("formerly a mission, then a centre")
                .addName(CENTRE_IN_DUSHANBE)
                .build();
    }

    @Test
    void builderSetsEveryValue() {
        FieldOffice office = dushanbe();
        assertThat(office.id()).isEqualTo("osce-po-dushanbe");
        assertThat(office.organizationId()).isEqualTo("osce");
        assertThat(office.kind()).isEqualTo(FieldOfficeKind.PROGRAMME_OFFICE);
        assertThat(office.country()).isSameAs(TJ);
        assertThat(office.city()).isEqualTo("Dushanbe");
        assertThat(office.openingDate()).isEqualTo(PartialDate.parse("1994-02"));
        assertThat(office.closingDate()).isNull();
        assertThat(office.identifiers()).containsExactly(Identifier.parse("wikidata:Q7075434"));
        assertThat(office.sources()).containsExactly("osce-po-dushanbe-web");
        assertThat(office.names()).containsExactly(CENTRE_IN_DUSHANBE);
        assertThat(office.recordKind()).isEqualTo(RecordKind.FIELD_OFFICE);
    }

    @Test
    void toBuilderRoundTrips() {
        FieldOffice office = dushanbe();
        assertThat(office.toBuilder().build()).isEqualTo(office);
        FieldOffice closed = office.toBuilder().closingDate(PartialDate.parse("2099")).build();
        assertThat(closed.closingDate()).isEqualTo(PartialDate.parse("2099"));
        assertThat(closed.toBuilder().closingDate(null).build()).isEqualTo(office);
    }

    @Test
    void withNamesReplacesOnlyTheNames() {
        assertThat(dushanbe().withNames(List.of()).names()).isEmpty();
        assertThat(dushanbe().withNames(List.of()).withNames(List.of(CENTRE_IN_DUSHANBE))).isEqualTo(dushanbe());
    }

    @Test
    void requiredValuesNameTheirField() {
        assertThatThrownBy(() -> FieldOffice.builder(null, "osce", "n", FieldOfficeKind.MISSION, TJ).build())
                .isInstanceOf(NullPointerException.class).hasMessage("id is required");
        assertThatThrownBy(() -> FieldOffice.builder("f", null, "n", FieldOfficeKind.MISSION, TJ).build())
                .isInstanceOf(NullPointerException.class).hasMessage("organization_id is required");
        assertThatThrownBy(() -> FieldOffice.builder("f", "osce", null, FieldOfficeKind.MISSION, TJ).build())
                .isInstanceOf(NullPointerException.class).hasMessage("name is required");
        assertThatThrownBy(() -> FieldOffice.builder("f", "osce", "n", null, TJ).build())
                .isInstanceOf(NullPointerException.class).hasMessage("kind is required");
        assertThatThrownBy(() -> FieldOffice.builder("f", "osce", "n", FieldOfficeKind.MISSION, null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("country is required");
    }

    @Test
    void emptyOptionalTextIsAbsent() {
        FieldOffice office = FieldOffice.builder("f", "osce", "n", FieldOfficeKind.OFFICE, TJ).city("").note("").build();
        assertThat(office.city()).isNull();
        assertThat(office.note()).isNull();
    }

    @Test
    void copiesListsAndRefusesToChangeThem() {
        List<Name> names = new ArrayList<>(List.of(CENTRE_IN_DUSHANBE));
        List<String> sources = new ArrayList<>(List.of("s1"));
        List<Identifier> identifiers = new ArrayList<>();
        FieldOffice office = new FieldOffice("f", "osce", "n", FieldOfficeKind.OFFICE, TJ, null, null, null,
                identifiers, sources, null, names);
        names.clear();
        sources.clear();
        identifiers.add(Identifier.parse("cow:1"));
        assertThat(office.names()).containsExactly(CENTRE_IN_DUSHANBE);
        assertThat(office.sources()).containsExactly("s1");
        assertThat(office.identifiers()).isEmpty();
        assertThatThrownBy(() -> office.names().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> office.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> office.identifiers().add(Identifier.parse("cow:1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void periodRunsFromOpeningToClosing() {
        FieldOffice office = dushanbe().toBuilder().closingDate(PartialDate.parse("2099-01-01")).build();
        assertThat(office.period()).isEqualTo(Period.of(PartialDate.parse("1994-02"), PartialDate.parse("2099-01-01")));
        assertThat(office.startField()).isEqualTo("opening_date");
        assertThat(office.endField()).isEqualTo("closing_date");
    }
}
