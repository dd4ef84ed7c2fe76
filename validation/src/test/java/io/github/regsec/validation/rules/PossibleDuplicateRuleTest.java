package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.problem.Problem;
import io.github.regsec.validation.Imports;
import io.github.regsec.validation.TestData;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class PossibleDuplicateRuleTest {

    private static Organization org(String id, String name) {
        return Organization.builder(id, name, OrganizationKind.INTERGOVERNMENTAL).build();
    }

    @Test
    void reportsTheLaterOrganizationSharingANameWithoutCaseOrAccents() {
        var imported = new Imports()
                .record(org("osce", "Organisation pour la sécurité et la coopération en Europe"), "organizations.csv", 2)
                .record(org("cis", "Commonwealth of Independent States"), "organizations.csv", 3)
                .record(org("osce-2", "ORGANISATION POUR LA  SECURITE ET LA COOPERATION EN EUROPE "), "organizations.csv", 4)
                .result();
        List<Problem> problems = TestData.validator().validate(imported).problems(ValidationRuleIds.POSSIBLE_DUPLICATE);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("osce-2");
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.message()).isEqualTo("the organization has the same name as organization 'osce' (organizations.csv:2): "
                    + "the same thing twice? Merge them, or tell them apart");
        });
    }

    @Test
    void comparesNamesIgnoringSpacesAndPunctuation() {
        var imported = new Imports()
                .record(org("ata-meken", "Ata Meken"), "organizations.csv", 2)
                .record(org("atameken", "AtaMeken"), "organizations.csv", 3)
                .record(org("ata-meken-3", "ata-meken."), "organizations.csv", 4)
                .record(org("ata", "Ata"), "organizations.csv", 5)
                .result();
        assertThat(TestData.validator().validate(imported).problems(ValidationRuleIds.POSSIBLE_DUPLICATE))
                .extracting(Problem::recordId).containsExactly("atameken", "ata-meken-3");
    }

    @Test
    void reportsFieldOfficesAndMeetingsAlike() {
        FieldOffice a = FieldOffice.builder("a", "osce", "Programme Office in Dushanbe", FieldOfficeKind.PROGRAMME_OFFICE,
                CountryCode.parse("TJ")).build();
        FieldOffice b = FieldOffice.builder("b", "osce", "programme office in dushanbe", FieldOfficeKind.OFFICE,
                CountryCode.parse("TJ")).build();
        Meeting m1 = Meeting.builder("m1", "FSC session", MeetingKind.SESSION).startDate(TestData.date("2019-07-17")).build();
        Meeting m2 = Meeting.builder("m2", "FSC Session", MeetingKind.SESSION).startDate(TestData.date("2019-07-17")).build();
        assertThat(Check.problems(ValidationRuleIds.POSSIBLE_DUPLICATE, a, b, m1, m2)).extracting(Problem::recordId, Problem::field)
                .containsExactly(tuple("b", "name"), tuple("m2", "title"));
    }

    @Test
    void staysSilentOnDifferentNamesOrDates() {
        Meeting m1 = Meeting.builder("m1", "FSC session", MeetingKind.SESSION).startDate(TestData.date("2019-07-17")).build();
        Meeting m2 = Meeting.builder("m2", "FSC session", MeetingKind.SESSION).startDate(TestData.date("2019-07-24")).build();
        Meeting u1 = Meeting.builder("u1", "Youth forum", MeetingKind.FORUM).build();
        Meeting u2 = Meeting.builder("u2", "Youth forum", MeetingKind.FORUM).build();
        assertThat(Check.problems(ValidationRuleIds.POSSIBLE_DUPLICATE, org("cis", "CIS"), org("csto", "CSTO"),
                office("o1", "cis", "TJ", null, null), office("o2", "cis", "TJ", null, null), m1, m2, u1, u2)).isEmpty();
    }

    @Test
    void reportsTheLaterPersonWithTheSameNameIgnoringCaseAccentsSpacesAndPunctuation() {
        List<Problem> problems = Check.problems(ValidationRuleIds.POSSIBLE_DUPLICATE,
                PeopleRules.person("guterres", "António Guterres", "1949-04-30", null),
                PeopleRules.person("guterres-2", "antonio-GUTERRES.", "1949", null),
                PeopleRules.person("guterres-3", "Antonio Guterres", null, null));
        assertThat(problems).extracting(Problem::recordId, Problem::field)
                .containsExactly(tuple("guterres-2", "name"), tuple("guterres-3", "name"));
        assertThat(problems.get(0).message()).isEqualTo("the person has the same name as person 'guterres' and a birth"
                + " date that may be the same (1949-04-30, 1949): the same person twice? Merge them, or tell them apart"
                + " (birth_date, a note)");
        assertThat(problems.get(1).message()).startsWith("the person has the same name as person 'guterres': the same");
    }

    @Test
    void personsBornOnDifferentDaysAreDifferentPersons() {
        assertThat(Check.problems(ValidationRuleIds.POSSIBLE_DUPLICATE,
                PeopleRules.person("a", "Ali Karimov", "1950-03-01", null),
                PeopleRules.person("b", "Ali Karimov", "1950-03-02", null),
                PeopleRules.person("c", "Ali Karimov", "1951", null),
                PeopleRules.person("d", "Ali Karimova", null, null))).isEmpty();
    }

    @Test
    void comparesNamesByTheirLettersAndDigits() {
        assertThat(PossibleDuplicateRule.lettersAndDigits(" Sirodjiddin  Muhriddin. ")).isEqualTo("sirodjiddinmuhriddin");
        assertThat(PossibleDuplicateRule.lettersAndDigits("António O'Guterres-Pinto")).isEqualTo("antoniooguterrespinto");
        assertThat(PossibleDuplicateRule.lettersAndDigits("Сироджиддин Мухриддин")).isEqualTo("сироджиддинмухриддин");
    }

    @Test
    void namesInAsciiGetTheKeyDecompositionGives() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
        }
        for (String name : List.of(every.toString(), "Ata Meken", "AtaMeken", "ata-meken", "OSCE P.O. in Dushanbe (2008)",
                " -- ", "", "  ", "Z_9", "\t\u0000A")) {
            assertThat(PossibleDuplicateRule.normalize(name)).as(name).isEqualTo(PossibleDuplicateRule.decomposedKey(name));
        }
        for (char c = 0; c < 0x80; c++) {
            String name = "a" + c + "B";
            assertThat(PossibleDuplicateRule.normalize(name)).as("code %d", (int) c)
                    .isEqualTo(PossibleDuplicateRule.decomposedKey(name));
            assertThat(PossibleDuplicateRule.normalize(String.valueOf(c))).as("code %d alone", (int) c)
                    .isEqualTo(PossibleDuplicateRule.decomposedKey(String.valueOf(c)));
        }
        assertThat(PossibleDuplicateRule.normalize("Ata Méken")).isEqualTo("atameken");
    }
}
