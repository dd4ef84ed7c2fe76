package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.examples.Fixtures;
import org.junit.jupiter.api.Test;

class SummaryCommandTest {

    @Test
    void summarizesTheBundledDatasetWhenNoPathIsGiven() {
        Cli run = Cli.run("summary", "--as-of", "2019-07-17");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(
                "Dataset sample:central-asia, as of 2019-07-17",
                "  organizations      19",
                "  meetings            6",
                "  memberships       145\n  persons             8\n  posts               7\n",
                "  OSCE (Organization for Security and Co-operation in Europe)\n      57 members (declares 57); 11 partners: AF AU DZ EG IL JO JP KR MA TH TN\n",
                "  CSTO (Collective Security Treaty Organization)\n      6 members\n      AM BY KG KZ RU TJ\n",
                "  TJ  Tajikistan\n      OSCE Programme Office in Dushanbe (OSCE, Dushanbe, open since 1994-02)\n",
                "  2019     1\n  2022     2\n  2024     1\n  2025     1\n  no date  1\n",
                "0 errors, 1 warning (see them with 'regsec validate')");
    }

    @Test
    void namesFieldOfficesAsTheyWereCalledOnTheDay() {
        Cli run = Cli.run("summary", "sample:central-asia", "--as-of", "2005-06-01");
        assertThat(run.out()).contains("OSCE Centre in Dushanbe (OSCE, Dushanbe, open since 1994-02)",
                "OSCE Centre in Almaty (OSCE, Almaty, open since 1999)", "Problems (validated as of " + java.time.LocalDate.now() + ")\n  0 errors, 1 warning (see them with 'regsec validate sample:central-asia')");
    }

    @Test
    void exitsOneForDataWithErrors() {
        Cli run = Cli.run("summary", Fixtures.faulty().toString(), "--as-of", "2026-01-01");
        assertThat(run.exitCode()).isEqualTo(RegsecCommand.DATA_ERRORS);
        assertThat(run.out()).contains("52 members (declares 57); 6 partners: AF KG KZ TJ TM UZ")
                .containsPattern("[1-9][0-9]* errors?, [1-9][0-9]* warnings");
    }
}
