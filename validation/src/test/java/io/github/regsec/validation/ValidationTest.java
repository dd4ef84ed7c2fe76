package io.github.regsec.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regsec.formats.UnknownFormatException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {

    @TempDir
    Path dir;

    @Test
    void refusesAPathThatDoesNotExist() {
        assertThatThrownBy(() -> Validation.validate(dir.resolve("nothing.json")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void refusesAFileOfAnUnknownFormat() throws Exception {
        Path file = Files.writeString(dir.resolve("data.xyz"), "id,name\n");
        assertThatThrownBy(() -> Validation.validate(file, TestData.AS_OF))
                .isInstanceOf(UnknownFormatException.class).hasMessageContaining("data.xyz");
        assertThatThrownBy(() -> Validation.validate(file, "no-such-importer", TestData.validator()))
                .isInstanceOf(UnknownFormatException.class).hasMessageContaining("no-such-importer");
    }
}
