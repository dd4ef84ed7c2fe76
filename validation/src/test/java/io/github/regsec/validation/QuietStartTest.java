package io.github.regsec.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The first validation in a program writes nothing to its standard error, and leaves its logging as it was. */
class QuietStartTest {

    /** A program that validates once and reports the level of Hibernate Validator's version logger after. */
    public static final class ValidateOnce {
        public static void main(String[] args) {
            Dataset dataset = Dataset.builder()
                    .add(Organization.builder("osce", "OSCE", OrganizationKind.INTERGOVERNMENTAL).build()).build();
            DatasetValidator.defaults().validate(dataset);
            System.out.println("level after: "
                    + java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version").getLevel());
        }
    }

    @Test
    void theFirstValidationAnnouncesNothingOnStandardError() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ValidateOnce.class.getName())).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).doesNotContain("HV000001").isEmpty();
        assertThat(out).contains("level after: null");
    }
}
