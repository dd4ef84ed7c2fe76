package io.github.regsec.validation.rules;

import static io.github.regsec.validation.TestData.meeting;
import static io.github.regsec.validation.TestData.office;
import static io.github.regsec.validation.TestData.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regsec.problem.Problem;
import io.github.regsec.validation.ValidationRuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeNotOpenRuleTest {

    private static List<Problem> problems(String officeOpened, String officeClosed, String start, String end) {
        return Check.problems(ValidationRuleIds.OFFICE_NOT_OPEN, org("osce").build(),
                office("po", "osce", "TJ", officeOpened, officeClosed),
                meeting("m", start, end).hostOfficeId("po").build());
    }

    @Test
    void reportsAMeetingBeforeTheOfficeOpened() {
        assertThat(problems("2002-06-01", null, "2002-05", null)).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("m");
            assertThat(p.field()).isEqualTo("start_date");
            assertThat(p.message()).isEqualTo("the meeting's start_date 2002-05 is before its host office 'po' opened "
                    + "(opening_date 2002-06-01): correct the dates or host_office_id");
        });
        assertThat(problems("2002-06-01", null, null, "2001")).extracting(Problem::field).containsExactly("end_date");
    }

    @Test
    void reportsAMeetingAfterTheOfficeClosed() {
        assertThat(problems("1998", "2010", "2011-01-01", null)).extracting(Problem::field, Problem::message).containsExactly(
                tuple("start_date", "the meeting's start_date 2011-01-01 is after its host office 'po' closed "
                        + "(closing_date 2010): correct the dates or host_office_id"));
    }

    @Test
    void staysSilentWhenTheMeetingMayFallWhileTheOfficeIsOpen() {
        assertThat(problems("2002-06-01", null, "2002", null)).isEmpty();
        assertThat(problems("1998", "2010", "2010-12", null)).isEmpty();
        assertThat(problems("1998", null, "2025-02-11", "2025-02-12")).isEmpty();
        assertThat(problems(null, null, "1990", null)).isEmpty();
        assertThat(problems("2002", "2010", null, null)).isEmpty();
    }
}
