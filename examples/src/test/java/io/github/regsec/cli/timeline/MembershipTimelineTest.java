package io.github.regsec.cli.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.sample.SampleData;
import io.github.regsec.model.Dataset;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.time.PartialDate;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        dataset = SampleData.centralAsia();
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
        Document svg = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).build().render());
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
        Document svg = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).build().render());
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
        Document svg = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).build().render());
        List<Element> meetings = groups(svg, "meeting");
        assertThat(meetings).hasSize(4);
        assertThat(meetings.get(0).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("1. 2019-07-17: Regular session of the OSCE Forum for Security Co-operation on OSCE-CSTO cooperation (session)");
        assertThat(texts(svg, "text")).contains("Without a date, so not on the axis:",
                "\u2013 Youth forums on psychoactive drugs");
    }

    @Test
    void showsTheOrganizationsNamesOverTime() throws Exception {
        Document svg = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).build().render());
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
        String text = MembershipTimeline.builder(tricky, "x").asOf(AS_OF).build().render();
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
        Document svg = parse(MembershipTimeline.builder(dataset, "eu").asOf(AS_OF).build().render());
        assertThat(texts(svg, "text")).contains("No membership records for EU.");
    }

    @Test
    void isDeterministic() {
        assertThat(MembershipTimeline.builder(dataset, "sco").asOf(AS_OF).build().render())
                .isEqualTo(MembershipTimeline.builder(dataset, "sco").asOf(AS_OF).build().render());
    }

    // ---- options for a figure ----

    private static Element byId(Document svg, String id) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("id").equals(id)) {
                return g;
            }
        }
        return null;
    }

    private static List<String> texts(Element element) {
        NodeList nodes = element.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Element> elements(Element under, String tag) {
        NodeList nodes = under.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void theWidthAndViewBoxFollowTheWidthAsked() throws Exception {
        for (int width : new int[] {MembershipTimeline.MIN_WIDTH, 640, 1600}) {
            Element root = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).width(width).build().render())
                    .getDocumentElement();
            assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(width));
            assertThat(root.getAttribute("viewBox")).startsWith("0 0 " + width + " ").endsWith(root.getAttribute("height"));
        }
        assertThat(parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).build().render()).getDocumentElement()
                .getAttribute("width")).isEqualTo(Integer.toString(MembershipTimeline.DEFAULT_WIDTH));
        assertThatThrownBy(() -> MembershipTimeline.builder(dataset, "osce").width(MembershipTimeline.MIN_WIDTH - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 400 and 20000");
    }

    @Test
    void longNamesAndTitlesAreWrappedNeverCutShort() throws Exception {
        for (String org : new String[] {"osce", "csto", "un"}) {
            for (int width : new int[] {MembershipTimeline.MIN_WIDTH, 700, MembershipTimeline.DEFAULT_WIDTH}) {
                Document svg = parse(MembershipTimeline.builder(dataset, org).asOf(AS_OF).width(width).build().render());
                assertThat(texts(svg, "text")).as("%s at %d px", org, width).noneMatch(t -> t.contains("...") || t.contains("\u2026"));
            }
        }
        Document narrow = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).width(MembershipTimeline.MIN_WIDTH)
                .build().render());
        // a member's name on two lines of its row, whole
        assertThat(groups(narrow, "row")).anySatisfy(row -> assertThat(String.join(" ", texts(row)))
                .isEqualTo("German Democratic Republic"));
        assertThat(groups(narrow, "row")).allSatisfy(row -> assertThat(String.join(" ", texts(row)))
                .isEqualTo(row.getElementsByTagName("title").item(0).getTextContent().replaceAll(" \\([a-z]+:[A-Za-z0-9-]+\\)$", "")));
        // the title and a meeting's title over several lines, whole
        assertThat(String.join(" ", texts(byId(narrow, "title"))))
                .isEqualTo("Organization for Security and Co-operation in Europe (OSCE): membership over time");
        assertThat(String.join(" ", texts(byId(narrow, "meeting-list")))).contains("High-level international conference on "
                + "international and regional cooperation in the field of security and border management to combat terrorism "
                + "and prevent terrorist movement");
        // the names that do not fit their bars are listed whole under the chart
        assertThat(String.join(" ", texts(byId(narrow, "name-list")))).contains(
                "CSCE \u2013 Conference on Security and Co-operation in Europe, 1973 to 1994-12-31");
    }

    @Test
    void everyMarkStaysInsideThePlotAndNothingCrossesTheAsOfLine() throws Exception {
        for (int width : new int[] {MembershipTimeline.MIN_WIDTH, 700, MembershipTimeline.DEFAULT_WIDTH, 2400}) {
            for (String org : new String[] {"osce", "csto", "un"}) {
                Document svg = parse(MembershipTimeline.builder(dataset, org).asOf(AS_OF).width(width).build().render());
                Element axis = byId(svg, "axis");
                double left = number(axis, "data-plot-left");
                double right = number(axis, "data-plot-right");
                double asOf = number(elements(byId(svg, "as-of"), "line").get(0), "x1");
                assertThat(right).isLessThan(width);
                List<Element> marks = new ArrayList<>();
                for (String kind : new String[] {"period", "name", "meeting"}) {
                    for (Element g : groups(svg, kind)) {
                        marks.addAll(elements(g, "rect"));
                        marks.addAll(elements(g, "polygon"));
                    }
                }
                assertThat(marks).isNotEmpty();
                for (Element mark : marks) {
                    List<Double> xs = new ArrayList<>();
                    if (mark.getTagName().equals("rect")) {
                        xs.add(number(mark, "x"));
                        xs.add(number(mark, "x") + number(mark, "width"));
                    } else {
                        for (String point : mark.getAttribute("points").split(" ")) {
                            xs.add(Double.parseDouble(point.substring(0, point.indexOf(','))));
                        }
                    }
                    assertThat(xs).as("%s at %d px: %s", org, width, mark.getAttribute("points") + mark.getAttribute("x"))
                            .allSatisfy(x -> assertThat(x).isBetween(left - 0.05, right + 0.05));
                    if (mark.getParentNode() instanceof Element g && g.getAttribute("class").startsWith("period")) {
                        assertThat(xs).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(asOf + 0.05)); // ongoing: the tip on the line
                    }
                }
                // a meeting's number stays on the as-of line's side of its mark, inside the plot
                for (Element g : groups(svg, "meeting")) {
                    Element number = elements(g, "text").get(0);
                    double x = number(number, "x");
                    double textWidth = TextWidth.of(number.getTextContent(), 10.5, true);
                    double start = number.getAttribute("text-anchor").equals("end") ? x - textWidth : x;
                    assertThat(start).isGreaterThanOrEqualTo(left);
                    assertThat(start + textWidth).isLessThanOrEqualTo(x < asOf ? asOf : right);
                }
            }
        }
    }

    @Test
    void hasTheTitleAndSubtitleAskedForAndASubtitleOnlyWhenAsked() throws Exception {
        Document plain = parse(MembershipTimeline.builder(dataset, "un").asOf(AS_OF).build().render());
        assertThat(texts(byId(plain, "title"))).containsExactly("United Nations (UN): membership over time");
        assertThat(byId(plain, "subtitle")).isNull();
        assertThat(texts(plain, "text")).noneMatch(t -> t.startsWith("From ") || t.contains("members on record"));
        // the coverage note stays: the list of UN members is partial
        assertThat(texts(byId(plain, "coverage"))).containsExactly(
                "This dataset's list of UN members is partial: the chart is not a full roster.");

        Document asked = parse(MembershipTimeline.builder(dataset, "un").asOf(AS_OF).title("Central Asia in the UN")
                .subtitle("Source: regsec sample dataset").build().render());
        assertThat(texts(byId(asked, "title"))).containsExactly("Central Asia in the UN");
        assertThat(asked.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Central Asia in the UN");
        assertThat(texts(byId(asked, "subtitle"))).containsExactly("Source: regsec sample dataset");
        assertThat(byId(asked, "coverage")).isNotNull();
        assertThatThrownBy(() -> MembershipTimeline.builder(dataset, "un").title(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsOnlyTheMembersChosenInTheOrderGiven() throws Exception {
        Document svg = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF)
                .members(List.of(Party.country("TJ"), Party.country("KZ"), Party.country("YU"), Party.country("TJ")))
                .build().render());
        assertThat(groups(svg, "row")).extracting(g -> String.join(" ", texts(g)))
                .containsExactly("Tajikistan", "Kazakhstan", "Yugoslavia");
        assertThat(texts(byId(svg, "legend"))).contains("member", "suspended").doesNotContain("partner");

        assertThatThrownBy(() -> MembershipTimeline.builder(dataset, "osce").members(List.of(Party.country("CN"))).build().render())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("country:CN has no membership in osce: its members are ");
        assertThatThrownBy(() -> MembershipTimeline.builder(dataset, "osce").members(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsOnlyTheYearsChosen() throws Exception {
        Document svg = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).years(1975, 1985).build().render());
        List<Integer> years = texts(byId(svg, "axis")).stream().map(Integer::parseInt).distinct().toList();
        assertThat(years).isNotEmpty().allSatisfy(y -> assertThat(y).isBetween(1975, 1986)).contains(1975, 1985);
        List<String> rows = groups(svg, "row").stream().map(g -> String.join(" ", texts(g))).toList();
        assertThat(rows).contains("Austria", "USSR", "Yugoslavia").doesNotContain("Albania", "Kazakhstan", "Mongolia");
        assertThat(rows).hasSize(35); // the participating States of the Helsinki Final Act
        assertThat(groups(svg, "meeting")).isEmpty(); // none in 1975-1985
        assertThat(byId(svg, "as-of")).isNull(); // 2026 is not drawn
        assertThat(texts(byId(svg, "legend"))).noneMatch(t -> t.startsWith("as of"));

        Document later = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).fromYear(2020).build().render());
        assertThat(texts(byId(later, "axis")).stream().map(Integer::parseInt)).allSatisfy(y -> assertThat(y).isBetween(2020, 2027));
        assertThat(groups(later, "meeting")).hasSize(3); // the 2019 session is left out
        assertThat(texts(byId(later, "meeting-list")).get(0)).isEqualTo("Meetings of OSCE and its bodies, 2020\u20132026");

        // a period cut at an edge of the years drawn ends in an arrowhead there: Yugoslavia a member since 1973,
        // Mongolia a partner until 2012
        Document cut = parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).years(1990, 2010)
                .members(List.of(Party.country("YU"), Party.country("MN"))).build().render());
        double left = number(byId(cut, "axis"), "data-plot-left");
        double right = number(byId(cut, "axis"), "data-plot-right");
        Element yugoslavia = groups(cut, "member").get(0);
        assertThat(yugoslavia.getTextContent()).contains("Yugoslavia (country:YU): member, 1973 to 1992-07");
        assertThat(elements(yugoslavia, "polygon")).singleElement()
                .satisfies(p -> assertThat(p.getAttribute("points")).contains(Svg.n(left) + ","));
        Element mongolia = groups(cut, "partner").get(0);
        assertThat(elements(mongolia, "polygon")).singleElement()
                .satisfies(p -> assertThat(p.getAttribute("points")).contains(Svg.n(right) + ","));
        assertThat(texts(byId(cut, "legend"))).contains("goes on past the years drawn");
        assertThat(texts(byId(parse(MembershipTimeline.builder(dataset, "osce").asOf(AS_OF).build().render()), "legend")))
                .doesNotContain("goes on past the years drawn");

        // the legend names what is drawn: Armenia's suspension (2024) is not in 2002-2015
        Document csto = parse(MembershipTimeline.builder(dataset, "csto").asOf(AS_OF).toYear(2015).build().render());
        assertThat(texts(byId(csto, "legend"))).contains("member").doesNotContain("suspended");
        assertThat(texts(byId(csto, "members"))).containsExactly("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia",
                "Tajikistan", "Uzbekistan");

        assertThatThrownBy(() -> MembershipTimeline.builder(dataset, "osce").years(2010, 1990))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the last year 1990 is before the first 2010");
        assertThatThrownBy(() -> MembershipTimeline.builder(dataset, "osce").fromYear(0)).isInstanceOf(IllegalArgumentException.class);
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

    @Test
    void drawsAPostsHoldersOverTime() throws Exception {
        String svg = MembershipTimeline.forPost(SampleData.centralAsia(), "osce-sg")
                .asOf(java.time.LocalDate.of(2026, 12, 1)).build().render();
        assertThat(svg).contains("Secretary General of the OSCE", "holders over time", "Helga Maria Schmid",
                "Meetings its holders took part in").doesNotContain("members is complete");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MembershipTimeline.forPost(
                SampleData.centralAsia(), "no-such-post"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no post 'no-such-post'");
    }
}
