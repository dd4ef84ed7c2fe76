package io.github.regsec.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path temp;

    @Test
    void namesFilesWithAndWithoutGzip() {
        assertThat(InputFiles.extension(Path.of("dir/data.JSONL.gz"))).isEqualTo("jsonl");
        assertThat(InputFiles.baseName(Path.of("dir/data.json.gz"))).isEqualTo("data.json");
        assertThat(InputFiles.fileName(Path.of("dir/data.json.gz"))).isEqualTo("data.json.gz");
        assertThat(InputFiles.extension(Path.of("README"))).isEmpty();
    }

    @Test
    void writesGzipForAGzNameAndReadsItBackTransparently() throws IOException {
        Path file = temp.resolve("sub/data.json.gz");
        try (OutputStream out = OutputFiles.replace(file)) {
            out.write("{\"format\":\"regsec-dataset/1\"}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readAllBytes(file)).startsWith(0x1f, 0x8b);
        try (InputStream in = InputFiles.open(file)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"format\":\"regsec-dataset/1\"}");
        }
    }

    @Test
    void recognisesGzipByItsFirstBytesWhateverTheName() throws IOException {
        Path gz = temp.resolve("x.gz");
        try (OutputStream out = OutputFiles.replace(gz)) {
            out.write("id,name\n".getBytes(StandardCharsets.UTF_8));
        }
        Path misnamed = Files.copy(gz, temp.resolve("organizations.csv"));
        try (InputStream in = InputFiles.open(misnamed)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("id,name\n");
        }
        try (InputStream in = InputFiles.maybeGunzip(new ByteArrayInputStream("plain".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("plain");
        }
    }
}
