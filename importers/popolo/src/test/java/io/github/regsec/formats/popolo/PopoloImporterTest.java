package io.github.regsec.formats.popolo;

import static io.github.regsec.formats.popolo.PopoloFixtures.EXTRACT;
import static io.github.regsec.formats.popolo.PopoloFixtures.read;
import static io.github.regsec.formats.popolo.PopoloFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.formats.Formats;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Person;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopoloImporterTest {

    private static final String SENATE = "713672e7-18c5-4d1d-abd1-8d597b143847";

    @TempDir
    Path dir;

    @Test
    void readsEveryPersonOrganizationMembershipAndEventOfTheExtract() throws IOException {
        ImportResult result = read(resource(EXTRACT));
        Dataset d = result.dataset();

        assertThat(d.persons()).hasSize(4);
        assertThat(d.organizations()).hasSize(3);
        assertThat(d.memberships()).hasSize(4);
        assertThat(d.meetings()).hasSize(1);
        assertThat(d.posts()).isEmpty();
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.rowsRead()).isEqualTo(4 + 3 + 4 + 1 + 1 + 3 + 3); // records, persons' and organizations' names
    }

    @Test
    void mapsAPersonWithOtherNamesIdentifiersAndSources() throws IOException {
        Dataset d = read(resource(EXTRACT)).dataset();
        Person masuku = d.person("a3c33d8e-ee77-4088-a189-0c99b69cf8cb").orElseThrow();

        assertThat(masuku.name()).isEqualTo("Angelina Masuku");
        assertThat(masuku.gender()).isEqualTo("female");
        assertThat(masuku.note()).isEqualTo("Senator for Bulawayo Province & Matebeleland South Governor");
        assertThat(masuku.identifiers()).containsExactly(new Identifier("kuvakazim", "316"));
        assertThat(masuku.names()).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("Angelinah Masuku");
            assertThat(n.kind()).isEqualTo(NameKind.ALIAS);
            assertThat(n.note()).isEqualTo("alternate");
        });
        assertThat(masuku.sources()).singleElement().satisfies(id -> assertThat(d.source(id).orElseThrow().url())
                .isEqualTo("http://www.parlzim.gov.zw/component/k2/hon-angelinah-masuku"));
    }

    @Test
    void renamesIdsRegsecCannotTakeAndKeepsTheOriginal() throws IOException {
        ImportResult result = read(resource(EXTRACT));
        Organization mdc = result.dataset().organization("party-mdc").orElseThrow();

        assertThat(mdc.identifiers()).contains(new Identifier("wikidata", "Q15980776"), new Identifier("popolo", "party/mdc"));
        assertThat(mdc.kind()).isEqualTo(OrganizationKind.OTHER);
        assertThat(mdc.names()).extracting(n -> n.name() + "/" + n.lang() + "/" + n.kind())
                .startsWith("Movement for Democratic Change – Ncube/en/TRANSLATION");
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(PopoloRuleIds.RENAMED_ID);
            assertThat(p.field()).isEqualTo("organizations[].id");
            assertThat(p.message()).isEqualTo("organizations[].id: not a regsec id: renamed, the original kept as the"
                    + " identifier popolo:<id> (2 ids: 'party/mdc' is 'party-mdc', 'party/zanu_pf' is 'party-zanu_pf')");
        });
    }

    @Test
    void aPersonsMembershipNamesThePartyItIsOnBehalfOf() throws IOException {
        Dataset d = read(resource(EXTRACT)).dataset();
        Membership first = d.memberships().get(0);

        assertThat(first.id()).isEqualTo("popolo-membership-1");
        assertThat(first.member()).isEqualTo(Party.person("4c38c3ae-cabf-4dbe-a307-67898d664a46"));
        assertThat(first.organizationId()).isEqualTo(SENATE);
        assertThat(first.role()).isEqualTo("member");
        assertThat(first.onBehalfOf()).isEqualTo(Party.organization("party-zanu_pf"));
        assertThat(d.membershipsOf(first.member())).containsExactly(first);
    }

    @Test
    void anEventWithOnlyAStartStaysOpenEnded() throws IOException {
        Meeting term = read(resource(EXTRACT)).dataset().meeting("term-8").orElseThrow();

        assertThat(term.title()).isEqualTo("8th Parliament");
        assertThat(term.isOpenEnded()).isTrue();
        assertThat(term.endDate()).isNull();
        assertThat(term.period().certainlyActiveOn(LocalDate.of(2016, 1, 1))).isTrue();
        assertThat(term.convenors()).containsExactly(Party.organization(SENATE));
        assertThat(term.identifiers()).containsExactly(new Identifier("popolo", "term/8"));
    }

    @Test
    void reportsEveryFieldRegsecHasNoPlaceForOnceWithItsCount() throws IOException {
        List<Problem> problems = read(resource(EXTRACT)).problems();

        assertThat(problems).extracting(Problem::message).contains(
                "'meta' is not imported (an object): regsec has no place for it",
                "persons[].sort_name: not imported: regsec has no place for it (4 values)",
                "persons[].images: not imported: regsec has no place for it (2 values)",
                "persons[].contact_details: not imported: regsec has no place for it (1 value)",
                "persons[].email: not imported: regsec has no place for it (1 value)",
                "organizations[].image: not imported: regsec has no place for it (1 value)",
                "memberships[].area_id: not imported: the area is not a country (3 values)",
                "memberships[].legislative_period_id: not imported: regsec has no place for it (4 values)",
                "areas: not imported: regsec has countries, not other areas (3 areas: 'constituency' ×3)",
                "organizations[].classification: not a regsec kind: read as kind other (3 records: 'legislature',"
                        + " 'party' ×2)");
        // once per field
        assertThat(problems).extracting(Problem::field).doesNotHaveDuplicates();
        assertThat(problems).filteredOn(p -> p.rule().equals(PopoloRuleIds.UNMAPPED_FIELD))
                .allSatisfy(p -> assertThat(p.location()).isNotNull());
    }

    @Test
    void aCountryAreaIsACountry() throws IOException {
        Path file = dir.resolve("countries.json");
        Files.writeString(file, """
                {"areas": [{"id": "ocd-division/country:tj", "name": "Tajikistan", "classification": "country"},
                           {"id": "kz", "name": "Kazakhstan", "type": "country", "identifier": "KAZ"}],
                 "organizations": [{"id": "tj-gov", "name": "Government of Tajikistan", "classification": "government",
                                    "area_id": "ocd-division/country:tj"}],
                 "memberships": [{"id": "m1", "member": {"@type": "Area", "id": "kz"}, "organization_id": "tj-gov",
                                  "status": "observer", "start_date": "1992"}]}
                """);

        ImportResult result = read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().organization("tj-gov").orElseThrow().country()).hasToString("TJ");
        assertThat(result.dataset().organization("tj-gov").orElseThrow().kind()).isEqualTo(OrganizationKind.GOVERNMENT);
        Membership m = result.dataset().membership("m1").orElseThrow();
        assertThat(m.member()).isEqualTo(Party.country("KZ"));
        assertThat(m.status().formatName()).isEqualTo("observer");
    }

    @Test
    void aRecordRegsecCannotHoldIsRejectedWithItsProblems() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"persons": [{"id": "p1", "name": "A"},
                             {"id": "p2"},
                             {"id": "p3", "name": "C", "birth_date": "1952-13"},
                             "p4"],
                 "posts": [{"id": "x", "label": "Member", "single_holder": "yes", "organization_id": "o"}]}
                """);

        ImportResult result = read(file);

        assertThat(result.dataset().persons()).extracting(Person::id).containsExactly("p1");
        assertThat(result.rowsRejected()).isEqualTo(4);
        assertThat(result.problems()).filteredOn(Problem::isError).extracting(p -> p.location().line() + " " + p.rule()
                + " " + p.field() + ": " + p.message()).containsExactly(
                "2 required name: name is required: regsec needs a value",
                "3 syntax birth_date: birth_date: '1952-13' is not a date: month 13 is not a month: expected 1 to 12",
                "4 syntax persons: persons: expected a Popolo object {...}, found the text \"p4\"",
                "5 syntax single_holder: single_holder: expected true or false, found the text \"yes\"");
    }

    @Test
    void brokenJsonEndsTheReadWithOneProblem() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"persons\": [{\"id\": \"p1\", \"name\": \"A\"},\n  {\"id\": ");

        ImportResult result = read(file);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.message()).startsWith("broken JSON: ");
            assertThat(p.location().line()).isEqualTo(2);
        });
        assertThat(result.dataset().isEmpty()).isTrue();
    }

    @Test
    void isFoundByNameAndClaimsNoEnding() {
        Formats formats = Formats.discover();
        assertThat(formats.importer("popolo")).hasValueSatisfying(i -> assertThat(i).isInstanceOf(PopoloImporter.class));
        assertThat(formats.writer("popolo")).hasValueSatisfying(w -> assertThat(w).isInstanceOf(PopoloWriter.class));
        assertThat(new PopoloImporter().extensions()).isEmpty();
        assertThat(new PopoloWriter().extensions()).isEmpty();
    }
}
