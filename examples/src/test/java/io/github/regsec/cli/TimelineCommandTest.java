package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
        Cli.run("timeline", "nato").assertUsageError("there is no organization or post 'nato'");
        Cli.run("timeline", "osce", "--out", temp.toString()).assertUsageError("is a directory");
        Cli.run("timeline", "osce", "--width", "120").assertUsageError(
                "regsec timeline: --width 120: the width must be between 400 and 20000 pixels, not 120");
        Cli.run("timeline", "osce", "--from", "2010", "--to", "1990").assertUsageError(
                "--to 1990: the last year 1990 is before the first 2010");
        Cli.run("timeline", "osce", "--from", "0").assertUsageError("--from 0: a year must be between 1 and 9999");
        Cli.run("timeline", "osce", "--title", " ").assertUsageError("--title  : the title is empty");
        Cli.run("timeline", "osce", "--members", "country:KZ,country:CN").assertUsageError(
                "regsec timeline: --members: country:CN has no membership in osce: its members are ", "country:KZ");
        Cli.run("timeline", "osce", "--members", "Kazakhstan").assertUsageError("'Kazakhstan' is not a party");
    }

    private static List<String> texts(Document svg, String groupId) {
        NodeList groups = svg.getElementsByTagName("g");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (groupId == null || g.getAttribute("id").equals(groupId)) {
                NodeList nodes = g.getElementsByTagName("text");
                for (int j = 0; j < nodes.getLength(); j++) {
                    texts.add(nodes.item(j).getTextContent());
                }
            }
        }
        return texts;
    }

    @Test
    void drawsAFigureWithTheTitleSubtitleYearsWidthAndMembersAsked() throws Exception {
        Cli run = Cli.run("timeline", "osce", "--as-of", "2026-01-01", "--width", "720", "--title", "Central Asia in the OSCE",
                "--subtitle", "Source: the regsec sample dataset", "--from", "1990", "--to", "2010",
                "--members", "country:KZ,country:KG", "--members", "country:TJ", "--members", "country:TM,country:UZ");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document svg = parse(run.out());
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("720");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 720 ");
        assertThat(texts(svg, "title")).containsExactly("Central Asia in the OSCE");
        assertThat(texts(svg, "subtitle")).containsExactly("Source: the regsec sample dataset");
        assertThat(texts(svg, "members")).containsExactly("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan");
        assertThat(texts(svg, "axis")).allSatisfy(year -> assertThat(Integer.parseInt(year)).isBetween(1990, 2011))
                .contains("1990", "2010");
        assertThat(texts(svg, null)).noneMatch(t -> t.startsWith("From ") || t.contains("...") || t.contains("\u2026"));
    }

    @Test
    void hasNoSubtitleUnlessAskedButSaysWhenTheListIsPartial() throws Exception {
        Document svg = parse(Cli.run("timeline", "un", "--as-of", "2026-01-01").out());
        assertThat(texts(svg, "subtitle")).isEmpty();
        assertThat(texts(svg, "coverage")).containsExactly(
                "This dataset's list of UN members is partial: the chart is not a full roster.");
    }

    @Test
    void writesAPngWhenTheRendererIsThere(@TempDir Path temp) throws Exception {
        Path png = temp.resolve("osce.png");
        Cli run = Cli.run("timeline", "osce", "--as-of", "2026-01-01", "--width", "900", "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + png + "\n");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        // the IHDR chunk: width and height, as the SVG of the same picture has them
        assertThat(new String(bytes, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
        int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
        Document svg = parse(Cli.run("timeline", "osce", "--as-of", "2026-01-01", "--width", "900").out());
        assertThat(width).isEqualTo(900);
        assertThat(height).isEqualTo(Integer.parseInt(svg.getDocumentElement().getAttribute("height")));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff); // a white page
        assertThat(temp.toFile().list()).containsExactly("osce.png"); // nothing left beside it
    }

    @Test
    void drawsAPostsHoldersWithThePostsId() {
        Cli run = Cli.run("timeline", "osce-sg", "--as-of", "2026-12-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<?xml").contains("<svg", "holders over time", "Helga Maria Schmid");
    }
}
