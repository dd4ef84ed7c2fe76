package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class TimelineCommandTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesAnSvgFile(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("osce.svg");
        Cli run = Cli.run("timeline", "osce", "--out", out.toString(), "--as-of", "2026-01-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out + "\n");
        Document svg = parse(Files.readString(out));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("text").getLength()).isGreaterThan(60);
    }

    @Test
    void writesToStandardOutputWithoutOut() throws Exception {
        Cli run = Cli.run("timeline", "sco", "sample:central-asia", "--as-of", "2026-01-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("<?xml");
        assertThat(parse(run.out()).getDocumentElement().getAttribute("width")).isNotEmpty();
    }

    @Test
    void usageErrors(@TempDir Path temp) {
        Cli.run("timeline", "nato").assertUsageError("there is no organization 'nato'");
        Cli.run("timeline", "osce", "--out", temp.toString()).assertUsageError("is a directory");
    }
}
