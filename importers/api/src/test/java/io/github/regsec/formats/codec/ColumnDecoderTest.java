package io.github.regsec.formats.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Participant;
import io.github.regsec.model.Row;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnDecoderTest {

    private static final Location AT = Location.of("memberships.csv", 7);

    /** What the generic decoder gives for the same row, by column name. */
    private static <R extends Row> Decoded<R> generic(RecordTable<R> table, List<String> columns, String[] values) {
        return RecordDecoder.decode(table, new FieldValues() {
            @Override
            public String text(String field) {
                int i = columns.indexOf(field);
                return i < 0 || values[i].isEmpty() ? null : values[i];
            }

            @Override
            public Location location(String field) {
                return AT;
            }
        });
    }

    @Test
    void decodesACleanRowInAnyColumnOrderAsTheDecoderDoes() {
        List<String> columns = List.of("note", "sources", "end_date", "status", "member", "start_date", "organization_id", "id", "colour");
        String[] values = {"", " src-a ; src-b;", "2012", "observer", "country:UZ", "2006-06-23", "csto", "csto-uz", "red"};
        ColumnDecoder<Membership> decoder = ColumnDecoder.compile(RecordTables.MEMBERSHIP, columns);

        Membership decoded = decoder.decodeClean(values);

        assertThat(decoded).isNotNull().isEqualTo(generic(RecordTables.MEMBERSHIP, columns, values).value());
        assertThat(decoded.sources()).containsExactly("src-a", "src-b");
        assertThat(decoded.note()).isNull();
        assertThat(decoder.decode(values, AT).value()).isEqualTo(decoded);
    }

    @Test
    void leavesEveryRowWithAProblemToTheDecoderForTheSameProblems() {
        List<String> columns = List.of("id", "organization_id", "member", "status", "start_date", "end_date");
        ColumnDecoder<Membership> decoder = ColumnDecoder.compile(RecordTables.MEMBERSHIP, columns);
        List<String[]> bad = List.of(
                new String[] {"m1", "osce", "country:TJ", "member", "2019-02-30", ""},   // no such day
                new String[] {"m1", "", "country:TJ", "member", "", ""},                // required, empty
                new String[] {"m1", "  ", "country:TJ", "member", "", ""},              // required, blank
                new String[] {"m1", "osce", "country:XX", "member", "", ""},            // unknown country
                new String[] {"m1", "osce", "country:TJ", "ruler", "", ""});            // unknown status
        for (String[] values : bad) {
            assertThat(decoder.decodeClean(values)).as(String.join(",", values)).isNull();
            Decoded<Membership> decoded = decoder.decode(values, AT);
            assertThat(decoded.isRejected()).isTrue();
            assertThat(decoded.problems()).isEqualTo(generic(RecordTables.MEMBERSHIP, columns, values).problems())
                    .allSatisfy(p -> assertThat(p.location()).isEqualTo(AT));
        }
    }

    @Test
    void valuesFoundAgainInRecentRowsDecodeAsParsingThemAgain() {
        List<String> columns = List.of("id", "organization_id", "member", "status", "start_date", "end_date", "sources");
        ColumnDecoder<Membership> decoder = ColumnDecoder.compile(RecordTables.MEMBERSHIP, columns);
        ColumnDecoder.Recent recent = decoder.recent();
        List<String[]> rows = List.of(
                new String[] {"m1", "osce", "country:TJ", "member", "2019", "", "s"},
                new String[] {"m2", "osce", "country:TJ", "member", "2019", "2020", "s"},
                new String[] {"m3", "osce", "country:XX", "member", "2019", "", "s"},        // unknown country
                new String[] {"m4", "osce", "country:XX", "member", "2019", "", "s"},        // again: not kept
                new String[] {"m5", "  ", "country:TJ", "member", "2019", "", "s"},          // blank, required
                new String[] {"m6", "osce", "country:TJ", "observer", "2019-02-30", "", "s"}, // no such day
                new String[] {"m7", "sco", "country:UZ", "observer", "2019", "", "s;t"},    // clean, no end after m2's
                new String[] {"m8", "sco", "country:UZ", "observer", "2019", "", "s;t"});
        for (String[] values : rows) {
            assertThat(decoder.decodeClean(values, recent)).as(String.join(",", values))
                    .isEqualTo(decoder.decodeClean(values));
        }
        assertThat(decoder.decodeClean(rows.get(7), recent).sources())
                .isSameAs(decoder.decodeClean(rows.get(6), recent).sources()); // parsed once, then found
    }

    @Test
    void leavesARowToTheDecoderWhenTheFileLacksARequiredColumn() {
        List<String> columns = List.of("id", "member", "status");
        ColumnDecoder<Membership> decoder = ColumnDecoder.compile(RecordTables.MEMBERSHIP, columns);
        String[] values = {"m1", "country:TJ", "member"};

        assertThat(decoder.decodeClean(values)).isNull();
        assertThat(decoder.decode(values, AT).problems()).extracting(Problem::field).containsExactly("organization_id");
    }

    @Test
    void asksAParticipantForOneOfItsIdentifyingFields() {
        List<String> columns = List.of("meeting_id", "person", "role", "country");
        ColumnDecoder<Participant> decoder = ColumnDecoder.compile(RecordTables.PARTICIPANT, columns);

        assertThat(decoder.decodeClean(new String[] {"m1", "", "", "TJ"})).isNull();
        assertThat(decoder.decode(new String[] {"m1", "", "", "TJ"}, AT).problems()).hasSize(1);
        assertThat(decoder.decodeClean(new String[] {"m1", "", "chair", "TJ"})).isNotNull();
        assertThat(decoder.text(new String[] {"m1", "", "chair", "TJ"}, "meeting_id")).isEqualTo("m1");
        assertThat(decoder.text(new String[] {"m1", "", "chair", "TJ"}, "person")).isNull();
    }

    @Test
    void readsEveryFieldTypeOfAKindAsTheDecoderDoes() {
        List<String> columns = RecordTables.MEETING.csvColumns();
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (RecordTables.MEETING.field(columns.get(i)).orElseThrow().type()) {
                case ID -> "m-" + i;
                case TEXT -> "text " + i;
                case DATE -> "2019-07";
                case COUNTRY -> "tjk";
                case PARTY -> "org:osce";
                case ENUM -> "conference";
                case INTEGER -> " 40 ";
                case BOOLEAN -> "true";
                case TEXT_LIST -> "a;b";
                case PARTY_LIST -> "country:TJ; org:sco";
                case IDENTIFIER_LIST -> "wikidata:Q81299";
            };
        }
        Meeting generic = generic(RecordTables.MEETING, columns, values).value();
        assertThat(generic).as("the row is clean").isNotNull();
        assertThat(ColumnDecoder.compile(RecordTables.MEETING, columns).decodeClean(values)).isEqualTo(generic);
    }
}
