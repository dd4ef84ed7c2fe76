package io.github.regsec.validation.constraints;

import static io.github.regsec.validation.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.ParticipationMode;
import io.github.regsec.model.RecordKind;
import io.github.regsec.model.Source;
import io.github.regsec.model.party.Party;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import io.github.regsec.problem.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class RecordConstraintsTest {

    private static List<Problem> check(DatasetRecord record) {
        return RecordConstraints.check(record, row -> Optional.empty());
    }

    private static Problem only(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void serviceLoaderRegistersTheClassLevelValidatorsForAnyHibernateValidatorFactory() {
        // a plain factory, configured by nobody: the validators come from META-INF/services
        try (ValidatorFactory factory = jakarta.validation.Validation.byProvider(HibernateValidator.class)
                .configure().buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            Organization body = Organization.builder("fsc", "Forum", OrganizationKind.BODY)
                    .foundingDate(date("1992")).dissolutionDate(date("1990")).build();
            Set<ConstraintViolation<Organization>> violations = validator.validate(body);
            assertThat(violations).extracting(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                    .containsExactlyInAnyOrder("DatesInOrder", "KindRequirements");
            Source empty = new Source("s1", null, "an author", null, null, null, null, null);
            assertThat(validator.validate(empty)).extracting(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                    .containsExactly("RequiresOneOf");
        }
    }

    @Test
    void rejectsEndBeforeStartOnTheEndField() {
        Organization org = TestOrgs.dated("1992-07-17", "1992-06");
        Problem p = only(check(org));
        assertThat(p.rule()).isEqualTo(RuleIds.DATE_ORDER);
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.field()).isEqualTo("dissolution_date");
        assertThat(p.recordKind()).isEqualTo(RecordKind.ORGANIZATION);
        assertThat(p.recordId()).isEqualTo("o");
        assertThat(p.message()).isEqualTo("dissolution_date 1992-06 is before founding_date 1992-07-17: an end cannot come before the start");
    }

    @Test
    void acceptsAnEndThatOnlyMayBeBeforeTheStart() {
        assertThat(check(TestOrgs.dated("2019-07-17", "2019"))).isEmpty();
        assertThat(check(TestOrgs.dated("2019", "2019-01-01"))).isEmpty();
        assertThat(check(TestOrgs.dated(null, "2019"))).isEmpty();
        assertThat(check(TestOrgs.dated("2019", null))).isEmpty();
    }

    @Test
    void reportsAMembershipEndingBeforeItStarts() {
        Membership m = Membership.of("m1", "osce", Party.parse("country:TJ"), MembershipStatus.MEMBER, date("2000"), date("1999-12"));
        Problem p = only(check(m));
        assertThat(p.field()).isEqualTo("end_date");
        assertThat(p.message()).isEqualTo("end_date 1999-12 is before start_date 2000: an end cannot come before the start");
    }

    @Test
    void requiresTheParentOfABodyAndTheCountryOfAGovernment() {
        Problem body = only(check(Organization.builder("fsc", "Forum", OrganizationKind.PROGRAMME).build()));
        assertThat(body.rule()).isEqualTo(RuleIds.REQUIRED);
        assertThat(body.field()).isEqualTo("parent_id");
        assertThat(body.message()).isEqualTo("parent_id is required for an organization of kind programme: give a value");

        Problem government = only(check(Organization.builder("gov-tj", "Government", OrganizationKind.GOVERNMENT_AGENCY).build()));
        assertThat(government.rule()).isEqualTo(RuleIds.REQUIRED);
        assertThat(government.field()).isEqualTo("country");
        assertThat(government.message()).isEqualTo("country is required for an organization of kind government_agency: give a value");

        assertThat(check(Organization.builder("fsc", "Forum", OrganizationKind.BODY).parentId("osce").build())).isEmpty();
    }

    @Test
    void requiresATitleOrAUrlOfASource() {
        Problem p = only(check(new Source("s1", " ", "someone", null, null, null, null, null)));
        assertThat(p.rule()).isEqualTo(RuleIds.REQUIRED);
        assertThat(p.recordKind()).isEqualTo(RecordKind.SOURCE);
        assertThat(p.field()).isEqualTo("title");
        assertThat(p.message()).isEqualTo("a source needs a value in at least one of title or url: give one");
        assertThat(check(new Source("s1", null, null, null, null, "https://osce.org", null, null))).isEmpty();
    }

    @Test
    void reportsAParticipantProblemOnTheParticipantRowWithItsOwnLocation() {
        Participant nobody = new Participant(null, null, null, ParticipationMode.VIDEO, "a note only");
        Participant someone = new Participant("Nasir Nazarzoda", null, null, null, null);
        Meeting meeting = Meeting.builder("fsc-2019", "FSC session", MeetingKind.SESSION)
                .participants(List.of(someone, nobody)).build();
        Map<Object, Location> where = new IdentityHashMap<>();
        where.put(meeting, Location.of("meetings.csv", 2));
        where.put(someone, Location.of("meeting_participants.csv", 2));
        where.put(nobody, Location.of("meeting_participants.csv", 3));

        Problem p = only(RecordConstraints.check(meeting, row -> Optional.ofNullable(where.get(row))));
        assertThat(p.rule()).isEqualTo(RuleIds.REQUIRED);
        assertThat(p.recordKind()).isEqualTo(RecordKind.PARTICIPANT);
        assertThat(p.recordId()).isEqualTo("fsc-2019");
        assertThat(p.field()).isEqualTo("person");
        assertThat(p.location()).isEqualTo(Location.of("meeting_participants.csv", 3));
        assertThat(p.message()).isEqualTo("a participant needs a value in at least one of person, person_id, role or affiliation: give one");
    }

    @Test
    void refusesACountryCodeGivenAsALanguageAndSuggestsTheLanguage() {
        Name tajik = new Name("Созмони амният ва ҳамкорӣ дар Аврупо", NameKind.TRANSLATION, "tj", null, null, null, null);
        Organization org = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).names(List.of(tajik)).build();
        assertThat(check(org)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(RuleIds.SYNTAX);
            assertThat(p.field()).isEqualTo("lang");
            assertThat(p.message()).isEqualTo("lang: 'tj' is not a language: 'tj' is not an ISO 639 language code; "
                    + "did you mean 'tg' (Tajik)?");
        });
        Name kazakh = new Name("ЕҚЫҰ", NameKind.ACRONYM, "kz-Cyrl", null, null, null, null);
        assertThat(check(Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).names(List.of(kazakh))
                .build())).singleElement().extracting(Problem::message).asString()
                .contains("did you mean 'kk' (Kazakh) or 'ru' (Russian)?");
        Name tajikRight = new Name("САҲА", NameKind.ACRONYM, "tg-Cyrl", null, null, null, null);
        assertThat(check(Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).names(List.of(tajikRight))
                .build())).isEmpty();
    }

    @Test
    void reportsANameProblemOnTheNameRow() {
        Name bad = new Name("CSCE", NameKind.FORMER, "english!", date("1995"), date("1994-12-31"), null, null);
        Organization org = Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).names(List.of(bad)).build();
        List<Problem> problems = check(org);
        assertThat(problems).extracting(Problem::rule, Problem::recordKind, Problem::recordId, Problem::field)
                .containsExactlyInAnyOrder(
                        tuple(RuleIds.SYNTAX, RecordKind.NAME, "osce", "lang"),
                        tuple(RuleIds.DATE_ORDER, RecordKind.NAME, "osce", "end_date"));
        assertThat(problems).filteredOn(p -> p.rule().equals(RuleIds.SYNTAX)).singleElement()
                .extracting(Problem::message)
                .isEqualTo("lang: 'english!' is not a language tag: expected BCP 47, e.g. en, ru, tg");
    }

    @Test
    void namesTheOffendingValueInSyntaxMessages() {
        Organization org = Organization.builder("bad id", "Org", OrganizationKind.OTHER).memberCount(-3)
                .sources(List.of("src-1", "no good")).build();
        List<Problem> problems = check(org);
        assertThat(problems).allMatch(p -> p.rule().equals(RuleIds.SYNTAX));
        assertThat(problems).extracting(Problem::field, Problem::message).containsExactlyInAnyOrder(
                tuple("id",
                        "id: 'bad id' is not an id: expected 1-128 letters, digits and . _ : -, starting with a letter or digit"),
                tuple("sources",
                        "sources: 'no good' is not an id: expected 1-128 letters, digits and . _ : -, starting with a letter or digit"),
                tuple("member_count",
                        "member_count: '-3' is negative: expected a whole number, 0 or more"));
    }

    @Test
    void checksTopicsAndReportsBlankRequiredValues() {
        Meeting meeting = Meeting.builder("m1", "  ", MeetingKind.WORKSHOP).topics(List.of("drugs", "Border Management")).build();
        List<Problem> problems = check(meeting);
        assertThat(problems).extracting(Problem::rule, Problem::field, Problem::message).containsExactlyInAnyOrder(
                tuple(RuleIds.REQUIRED, "title", "title is required: give a value"),
                tuple(RuleIds.SYNTAX, "topics",
                        "topics: 'Border Management' is not a topic: expected lower-case words joined by hyphens, e.g. border-management"));
    }

    @Test
    void checksTheTopicsOfOrganizations() {
        Organization alliance = Organization.builder("atop-4220", "ATOP alliance 4220", OrganizationKind.OTHER)
                .topics(List.of("defence", "Non aggression")).build();
        assertThat(check(alliance)).extracting(Problem::rule, Problem::field, Problem::message).containsExactly(
                tuple(RuleIds.SYNTAX, "topics",
                        "topics: 'Non aggression' is not a topic: expected lower-case words joined by hyphens, e.g. border-management"));
    }

    /** Organizations for these tests. */
    static final class TestOrgs {
        static Organization dated(String founded, String dissolved) {
            return Organization.builder("o", "Org", OrganizationKind.INTERGOVERNMENTAL)
                    .foundingDate(date(founded)).dissolutionDate(date(dissolved)).build();
        }
    }

    @Test
    void quotesAValueThatLooksLikeATemplateOrEscapeExactlyAsItIs() {
        for (String id : List.of("\\{x}", "a\\b", "${1+1}", "{jakarta.validation.constraints.NotNull.message}", "#{x}", "$")) {
            Source source = new Source(id, "Title", null, null, null, null, null, null);
            assertThat(check(source)).as(id).extracting(Problem::message).containsExactly(
                    "id: '" + id + "' is not an id: expected 1-128 letters, digits and . _ : -, starting with a letter or digit");
        }
        Meeting meeting = Meeting.builder("m1", "Title", MeetingKind.WORKSHOP).topics(List.of("\\drugs")).build();
        assertThat(check(meeting)).extracting(Problem::message).containsExactly(
                "topics: '\\drugs' is not a topic: expected lower-case words joined by hyphens, e.g. border-management");
    }
}
