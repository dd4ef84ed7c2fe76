package io.github.regsec.formats.generators;

import io.github.regsec.model.Dataset;
import io.github.regsec.model.Coverage;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.FieldOfficeKind;
import io.github.regsec.model.Identifier;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.MeetingKind;
import io.github.regsec.model.Membership;
import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.Name;
import io.github.regsec.model.NameKind;
import io.github.regsec.model.Organization;
import io.github.regsec.model.OrganizationKind;
import io.github.regsec.model.Participant;
import io.github.regsec.model.ParticipationMode;
import io.github.regsec.model.Person;
import io.github.regsec.model.Post;
import io.github.regsec.model.Source;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.party.CountryParty;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.time.PartialDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of regsec datasets whose every value each format (CSV directory, JSON
 * document, JSON Lines) can carry unchanged, for the round-trip properties of the CSV and JSON
 * modules (shared through the CSV module's test jar).
 *
 * <p>Texts mix Cyrillic, Tajik letters (ӣ ӯ ҳ қ ҷ ғ), Arabic script, emoji (surrogate pairs, flags,
 * ZWJ sequences), quotes, commas and semicolons, the line ends {@code \n}, {@code \r\n} and
 * {@code \r}, leading and trailing spaces, control and invisible characters, characters that start
 * spreadsheet formulas, and random characters from the whole of Unicode (never an unpaired
 * surrogate, which no UTF-8 file can hold). Dates have every precision, leap days included;
 * optional values are often absent; ids are unique across the dataset.
 *
 * <p>What the formats cannot carry is left out on purpose, and tested apart: required texts are
 * never blank, and list items ({@link #listItem()}) are never empty, never have spaces around
 * them and never hold a {@code ;}.
 */
public final class DatasetArbitraries {

    /** Pieces of text that are hard for some format. */
    private static final List<String> PIECES = List.of(
            "Душанбе", "Организация по безопасности", "ӣ", "ӯ", "ҳ", "қ", "ҷ", "ғ", "Ҷумҳурии Тоҷикистон", "Ғарм",
            "مؤتمر", "العربية", "تاجیکستان", "ئۇيغۇرچە",
            "😀", "🇹🇯", "👩‍👩‍👧", "𝔘𝔫𝔦", "🏳️‍🌈",
            "\"", "\"\"", "'", "''", ",", ";", ", ", " ; ", "\",\"",
            "\n", "\r\n", "\r", "\n\r", "\r\r\n", " ", "   ", "\t",
            "=", "+", "-", "@", "#", "\\", "{", "}", "[", "]", "\\u00e9", "null",
            "\u2028", "\u2029", "\u0000", "\u001f", "\u007f", "\u00a0", "\ufeff", "\u200b", "\ufffd", "\uffff",
            "OSCE", "CSTO", "a", "x", "12", "2019-07");

    private DatasetArbitraries() {
    }

    // ---- values ----

    /** One piece of text: a hard piece, a few random characters of the BMP, or a supplementary character. */
    private static Arbitrary<String> fragment() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
                        .withCharRange('\uE000', '\uFFFF').ofMinLength(1).ofMaxLength(5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)));
    }

    /** A non-empty text (it may be blank). */
    public static Arbitrary<String> text() {
        return fragment().list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    /** A text that is not blank: for required values. */
    public static Arbitrary<String> requiredText() {
        return text().filter(s -> !s.isBlank());
    }

    /** A text or absent. */
    public static Arbitrary<String> optionalText() {
        return text().injectNull(0.4);
    }

    /** A list item every format carries: not empty, no spaces around it, no {@code ;}. */
    public static Arbitrary<String> listItem() {
        return text().map(s -> s.replace(';', '·').strip()).filter(s -> !s.isEmpty());
    }

    /** A record id of the format's syntax ({@code [A-Za-z0-9][A-Za-z0-9._:-]*}), not necessarily unique. */
    public static Arbitrary<String> id() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars("._:-").ofMaxLength(12);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    private static Arbitrary<String> optionalId() {
        return id().injectNull(0.5);
    }

    /** A reduced-precision date: a year, a month or a day, often a leap day. */
    public static Arbitrary<PartialDate> date() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1, 9999);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<PartialDate> day = Combinators.combine(year, month, Arbitraries.integers().between(1, 31))
                .as((y, m, d) -> PartialDate.of(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth())));
        Arbitrary<PartialDate> leapDay = Arbitraries.integers().between(1, 2499).map(k -> 4 * k).filter(Year::isLeap)
                .map(y -> PartialDate.of(y, 2, 29));
        return Arbitraries.oneOf(year.map(PartialDate::ofYear), Combinators.combine(year, month).as(PartialDate::ofMonth),
                day, leapDay);
    }

    private static Arbitrary<PartialDate> optionalDate() {
        return date().injectNull(0.4);
    }

    /** A country of the table (former ones included). */
    public static Arbitrary<CountryCode> country() {
        return Arbitraries.of(CountryCode.all());
    }

    private static Arbitrary<CountryCode> optionalCountry() {
        return country().injectNull(0.4);
    }

    /** A country, an organization or a person. */
    public static Arbitrary<Party> party() {
        return Arbitraries.oneOf(country().map(CountryParty::new), id().map(OrganizationParty::new),
                id().map(PersonParty::new));
    }

    /** A role tag, lower-case kebab case. */
    private static Arbitrary<String> optionalTag() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(6)
                .list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts)).injectNull(0.4);
    }

    private static Arbitrary<List<Party>> parties() {
        return party().list().ofMaxSize(3);
    }

    /** An identifier: a Wikidata id, or another scheme with a value that is a {@link #listItem()}. */
    public static Arbitrary<Identifier> identifier() {
        Arbitrary<Identifier> wikidata = Arbitraries.integers().between(1, Integer.MAX_VALUE)
                .map(n -> new Identifier("wikidata", "Q" + n));
        Arbitrary<String> scheme = Combinators.combine(Arbitraries.chars().range('a', 'z'),
                        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-').ofMaxLength(8))
                .as((f, r) -> f + r).filter(s -> !s.equals("wikidata"));
        return Arbitraries.oneOf(wikidata, Combinators.combine(scheme, listItem()).as(Identifier::new));
    }

    private static Arbitrary<List<String>> listItems() {
        return listItem().list().ofMaxSize(3);
    }

    private static Arbitrary<Integer> optionalInteger() {
        return Arbitraries.integers().injectNull(0.5);
    }

    // ---- rows ----

    /** A name of an organization or field office. */
    public static Arbitrary<Name> name() {
        return Combinators.combine(requiredText(), Arbitraries.of(NameKind.class), optionalText(), optionalDate(),
                optionalDate(), optionalText(), optionalText()).as(Name::new);
    }

    /** A participant of a meeting: a person, a person record, a role or an affiliation at least. */
    public static Arbitrary<Participant> participant() {
        return Combinators.combine(optionalText(), optionalId(), optionalText(), party().injectNull(0.5),
                        Arbitraries.of(ParticipationMode.class), optionalText()).as(Participant::new)
                .filter(p -> p.person() != null || p.personId() != null || p.role() != null || p.affiliation() != null);
    }

    /** A source, waiting for its id. */
    public static Arbitrary<Function<String, DatasetRecord>> source() {
        return Combinators.combine(optionalText(), optionalText(), optionalText(), optionalDate(), optionalText(),
                optionalDate(), optionalText()).as((title, author, publisher, published, url, accessed, note) ->
                id -> new Source(id, title, author, publisher, published, url, accessed, note));
    }

    private record OrganizationStart(String name, String acronym, OrganizationKind kind, String parentId,
                                     PartialDate founding, PartialDate dissolution, String city, CountryCode hqCountry) {
    }

    private record OrganizationEnd(CountryCode country, Integer memberCount, String website, List<Identifier> identifiers,
                                   List<String> topics,
                                   List<String> sources, String note, List<Name> names) {
    }

    private record OrganizationCoverage(Coverage coverage, PartialDate start, PartialDate end) {
    }

    /** An organization with its names, waiting for its id. */
    public static Arbitrary<Function<String, DatasetRecord>> organization() {
        Arbitrary<OrganizationCoverage> coverage = Combinators.combine(Arbitraries.of(Coverage.class), optionalDate(),
                optionalDate()).as(OrganizationCoverage::new);
        Arbitrary<OrganizationStart> start = Combinators.combine(requiredText(), optionalText(),
                Arbitraries.of(OrganizationKind.class), optionalId(), optionalDate(), optionalDate(), optionalText(),
                optionalCountry()).as(OrganizationStart::new);
        Arbitrary<OrganizationEnd> end = Combinators.combine(optionalCountry(), optionalInteger(), optionalText(),
                identifier().list().ofMaxSize(3), listItems(), listItems(), optionalText(), name().list().ofMaxSize(3))
                .as(OrganizationEnd::new);
        return Combinators.combine(start, end, coverage).as((s, e, c) -> id -> new Organization(id, s.name(), s.acronym(),
                s.kind(), s.parentId(), s.founding(), s.dissolution(), s.city(), s.hqCountry(), e.country(), e.memberCount(),
                c.coverage(), c.start(), c.end(), e.website(), e.identifiers(), e.topics(), e.sources(), e.note(), e.names()));
    }

    private record OfficeStart(String organizationId, String name, FieldOfficeKind kind, CountryCode country,
                               String city, PartialDate opening, PartialDate closing) {
    }

    /** A field office with its names, waiting for its id. */
    public static Arbitrary<Function<String, DatasetRecord>> fieldOffice() {
        Arbitrary<OfficeStart> start = Combinators.combine(id(), requiredText(), Arbitraries.of(FieldOfficeKind.class),
                country(), optionalText(), optionalDate(), optionalDate()).as(OfficeStart::new);
        return Combinators.combine(start, identifier().list().ofMaxSize(2), listItems(), optionalText(),
                        name().list().ofMaxSize(3))
                .as((s, identifiers, sources, note, names) -> id -> new FieldOffice(id, s.organizationId(), s.name(),
                        s.kind(), s.country(), s.city(), s.opening(), s.closing(), identifiers, sources, note, names));
    }

    private record MeetingStart(String title, MeetingKind kind, PartialDate start, PartialDate end, Boolean openEnded,
                                CountryCode country, String city, String venue) {
    }

    private record MeetingMiddle(List<Party> convenors, String hostOfficeId, Party chair, List<Party> supporters,
                                 List<String> topics, Integer attendance, String summary, List<String> sources) {
    }

    /** A meeting with its participants, waiting for its id. */
    public static Arbitrary<Function<String, DatasetRecord>> meeting() {
        Arbitrary<MeetingStart> start = Combinators.combine(requiredText(), Arbitraries.of(MeetingKind.class),
                optionalDate(), optionalDate(), Arbitraries.of(Boolean.TRUE).injectNull(0.8), optionalCountry(),
                optionalText(), optionalText()).as(MeetingStart::new);
        Arbitrary<MeetingMiddle> middle = Combinators.combine(parties(), optionalId(), party().injectNull(0.5), parties(),
                listItems(), optionalInteger(), optionalText(), listItems()).as(MeetingMiddle::new);
        return Combinators.combine(start, middle, optionalId(), identifier().list().ofMaxSize(2), optionalText(), participant().list().ofMaxSize(3))
                .as((s, m, parentId, identifiers, note, participants) -> id -> new Meeting(id, s.title(), s.kind(),
                        s.start(), s.end(), s.openEnded(), s.country(), s.city(), s.venue(), parentId, m.convenors(),
                        m.hostOfficeId(), m.chair(), m.supporters(), m.topics(), m.attendance(), m.summary(), identifiers,
                        m.sources(), note, participants));
    }

    private record MembershipPost(String postId, String role, Party onBehalfOf) {
    }

    /** A membership (in a post, now and then), waiting for its id. */
    public static Arbitrary<Function<String, DatasetRecord>> membership() {
        Arbitrary<MembershipPost> post = Combinators.combine(optionalId(), optionalText(), party().injectNull(0.6))
                .as(MembershipPost::new);
        return Combinators.combine(id(), party(), Arbitraries.of(MembershipStatus.class), post, optionalDate(),
                optionalDate(), listItems(), optionalText()).as((organizationId, member, status, p, start, end, sources,
                note) -> id -> new Membership(id, organizationId, member, status, p.postId(), p.role(), p.onBehalfOf(),
                start, end, sources, note));
    }

    /** A person with their names, waiting for their id. */
    public static Arbitrary<Function<String, DatasetRecord>> person() {
        return Combinators.combine(requiredText(), optionalText(), optionalDate(), optionalDate(),
                identifier().list().ofMaxSize(2), listItems(), optionalText(), name().list().ofMaxSize(3))
                .as((name, gender, birth, death, identifiers, sources, note, names) -> id -> new Person(id, name, gender,
                        birth, death, identifiers, sources, note, names));
    }

    private record PostStart(String organizationId, String label, String role, Boolean singleHolder) {
    }

    /** A post, waiting for its id. */
    public static Arbitrary<Function<String, DatasetRecord>> post() {
        Arbitrary<PostStart> start = Combinators.combine(id(), requiredText(), optionalTag(),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3)).as(PostStart::new);
        return Combinators.combine(start, optionalDate(), optionalDate(), identifier().list().ofMaxSize(2), listItems(),
                optionalText()).as((s, begin, end, identifiers, sources, note) -> id -> new Post(id, s.organizationId(),
                s.label(), s.role(), s.singleHolder(), begin, end, identifiers, sources, note));
    }

    // ---- datasets ----

    /**
     * A dataset of every record kind (each kind may also be missing), ids unique across the
     * dataset: an id of the syntax, then {@code -} and the record's number.
     */
    public static Arbitrary<Dataset> datasets() {
        return Combinators.combine(source().list().ofMaxSize(3), organization().list().ofMaxSize(4),
                        fieldOffice().list().ofMaxSize(3), meeting().list().ofMaxSize(3), membership().list().ofMaxSize(4),
                        person().list().ofMaxSize(3), post().list().ofMaxSize(3), id().list().ofSize(23))
                .as((sources, organizations, offices, meetings, memberships, persons, posts, ids) -> {
                    Dataset.Builder builder = Dataset.builder();
                    int n = 0;
                    for (List<Function<String, DatasetRecord>> kind : List.of(sources, organizations, offices, meetings,
                            memberships, persons, posts)) {
                        for (Function<String, DatasetRecord> record : kind) {
                            builder.add(record.apply(ids.get(n) + "-" + n));
                            n++;
                        }
                    }
                    return builder.build();
                });
    }

    // ---- what no format can carry ----

    /**
     * A dataset with one list item that no format carries unchanged, and where it is.
     *
     * @param dataset the dataset
     * @param recordId the id of the record that holds the item
     * @param field the list field that holds it
     * @param item the item
     */
    public record Unwritable(Dataset dataset, String recordId, String field, String item) {
    }

    /** A list item that would read back differently: empty, with spaces around it, or holding a {@code ;}. */
    public static Arbitrary<String> unwritableListItem() {
        Arbitrary<String> item = listItem();
        return Arbitraries.oneOf(Arbitraries.just(""), item.map(s -> " " + s), item.map(s -> s + " "),
                item.map(s -> "\n" + s), item.map(s -> s + "\t"), Combinators.combine(item, item).as((a, b) -> a + ";" + b));
    }

    /** A generated dataset plus one record (id {@code refused.record}) with an {@link #unwritableListItem()}. */
    public static Arbitrary<Unwritable> datasetsWithAnUnwritableListItem() {
        return Combinators.combine(datasets(), unwritableListItem(), Arbitraries.integers().between(0, 3))
                .as((dataset, item, where) -> {
                    String id = "refused.record"; // generated ids end in -N: no clash
                    DatasetRecord record;
                    String field;
                    switch (where) {
                        case 0:
                            record = Organization.builder(id, "Refused", OrganizationKind.OTHER).sources(List.of("ok", item))
                                    .build();
                            field = "sources";
                            break;
                        case 1:
                            record = Meeting.builder(id, "Refused", MeetingKind.OTHER).topics(List.of(item)).build();
                            field = "topics";
                            break;
                        case 2:
                            record = FieldOffice.builder(id, "osce", "Refused", FieldOfficeKind.OFFICE, CountryCode.of("TJ"))
                                    .sources(List.of(item, "ok")).build();
                            field = "sources";
                            break;
                        default:
                            record = new Membership(id, "osce", Party.country("TJ"), MembershipStatus.MEMBER, null, null,
                                    List.of(item), null);
                            field = "sources";
                    }
                    return new Unwritable(Dataset.builder().addAll(dataset.records().toList()).add(record).build(), id,
                            field, item);
                });
    }
}
