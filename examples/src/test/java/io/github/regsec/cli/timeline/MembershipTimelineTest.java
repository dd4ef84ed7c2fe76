package io.github.regsec.cli.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.examples.BundledDataset;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG timeline, read back as XML: what a person sees and hovers over. */
class MembershipTimelineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static Dataset dataset;

    @BeforeAll
    static void read() throws Exception {
        dataset = BundledDataset.dataset();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Element> groups(Document svg, String cssClass) {
        NodeList nodes = svg.getElementsByTagName("g");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element g = (Element) nodes.item(i);
            if ((" " + g.getAttribute("class") + " ").contains(" " + cssClass + " ")) {
                found.add(g);
            }
        }
        return found;
    }

    @Test
    void drawsOneRowPerMemberWithPeriodsColouredByStatus() throws Exception {
        Document svg = parse(new MembershipTimeline(dataset, "osce", AS_OF).render());
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        // 57 participating States, 4 former ones and 11 Partners for Co-operation (Mongolia's former partnership shares its row)
        assertThat(groups(svg, "row")).hasSize(72);
        assertThat(groups(svg, "period")).hasSize(75);
        assertThat(groups(svg, "suspended")).singleElement()
                .satisfies(g -> assertThat(g.getTextContent()).contains("Yugoslavia (country:YU): suspended, 1992-07 to 2000-11-09"));
        assertThat(groups(svg, "partner")).hasSize(12)
                .anySatisfy(g -> assertThat(g.getTextContent()).contains("Afghanistan"))
                .anySatisfy(g -> assertThat(g.getTextContent()).contains("Mongolia (country:MN): partner, 2004 to 2012-11-20"));
        List<String> labels = texts(svg, "text");
        assertThat(labels).contains("Tajikistan", "USSR", "Mongolia", "Austria");
        assertThat(labels.indexOf("Austria")).isLessThan(labels.indexOf("Albania")); // 1973 before 1991
        // rows in order of their first period: Mongolia's starts with its partnership (2004), before Montenegro joined (2006)
        assertThat(labels.indexOf("Afghanistan")).isLessThan(labels.indexOf("Mongolia"));
        assertThat(labels.indexOf("Mongolia")).isLessThan(labels.indexOf("Montenegro"));
        assertThat(labels.indexOf("Montenegro")).isLessThan(labels.indexOf("Australia"));
    }

    @Test
    void hasAYearAxisAndALegendForTheStatusesDrawn() throws Exception {
        Document svg = parse(new MembershipTimeline(dataset, "osce", AS_OF).render());
        List<String> labels = texts(svg, "text");
        assertThat(labels).contains("1975", "1980", "1990", "2000", "2010", "2020", "2025");
        assertThat(labels).contains("member", "partner", "suspended", "date known only to the year or month", "meeting",
                "as of 2026-01-01").doesNotContain("observer");
        Element svgRoot = svg.getDocumentElement();
        assertThat(Integer.parseInt(svgRoot.getAttribute("width"))).isBetween(800, 1400);
        for (String size : attributeValues(svg, "text", "font-size")) {
            assertThat(Double.parseDouble(size)).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void marksTheMeetingsOfTheOrganizationAndItsBodiesWithTooltips() throws Exception {
        Document svg = parse(new MembershipTimeline(dataset, "osce", AS_OF).render());
        List<Element> meetings = groups(svg, "meeting");
        assertThat(meetings).hasSize(4);
        assertThat(meetings.get(0).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("1. 2019-07-17: Regular session of the OSCE Forum for Security Co-operation on OSCE-CSTO cooperation (session)");
        assertThat(texts(svg, "text")).contains("Without a date, so not on the axis:",
                "\u2013 Youth forums on psychoactive drugs");
    }

    @Test
    void showsTheOrganizationsNamesOverTime() throws Exception {
        Document svg = parse(new MembershipTimeline(dataset, "osce", AS_OF).render());
        assertThat(groups(svg, "name")).extracting(g -> g.getElementsByTagName("title").item(0).getTextContent())
                .containsExactly("Conference on Security and Co-operation in Europe: 1973 to 1994-12-31",
                        "Organization for Security and Co-operation in Europe: since 1995-01-01");
    }

    @Test
    void escapesText() throws Exception {
        Dataset tricky = Dataset.builder()
                .add(Organization.builder("x", "Tom & Jerry <\"Alliance\">", OrganizationKind.INTERGOVERNMENTAL).build())
                .add(Membership.of("m", "x", Party.organization("y&z"), MembershipStatus.OBSERVER, null, PartialDate.parse("2001")))
                .build();
        String text = new MembershipTimeline(tricky, "x", AS_OF).render();
        assertThat(text).contains("Tom &amp; Jerry &lt;&quot;Alliance&quot;&gt;");
        Document svg = parse(text);
        assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Tom & Jerry <\"Alliance\">: membership over time");
        assertThat(groups(svg, "observer")).singleElement()
                .satisfies(g -> assertThat(g.getTextContent()).contains("y&z (org:y&z): observer, start unknown to 2001"));
        assertThat(svg.getElementsByTagName("linearGradient").getLength()).isEqualTo(1);
    }

    @Test
    void drawsAnOrganizationWithoutMembers() throws Exception {
        Document svg = parse(new MembershipTimeline(dataset, "eu", AS_OF).render());
        assertThat(texts(svg, "text")).contains("No membership records for EU.");
    }

    @Test
    void isDeterministic() {
        assertThat(new MembershipTimeline(dataset, "sco", AS_OF).render())
                .isEqualTo(new MembershipTimeline(dataset, "sco", AS_OF).render());
    }

    private static List<String> attributeValues(Document svg, String tag, String attribute) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String value = ((Element) nodes.item(i)).getAttribute(attribute);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }
}
