package io.github.regsec.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValueBytesTest {

    private static final byte[] ROW = "m1,org-00417,country:TJ,member".getBytes(StandardCharsets.US_ASCII);

    @Test
    void equalOnlyForExactlyTheSameBytes() {
        byte[] org = "org-00417".getBytes(StandardCharsets.US_ASCII);
        assertThat(ValueBytes.equal(org, ROW, 3, 12)).isTrue();
        assertThat(ValueBytes.equal(org, ROW, 3, 11)).isFalse(); // shorter
        assertThat(ValueBytes.equal(org, ROW, 4, 13)).isFalse(); // shifted
        assertThat(ValueBytes.equal("org-00418".getBytes(StandardCharsets.US_ASCII), ROW, 3, 12)).isFalse();
        assertThat(ValueBytes.equal(null, ROW, 3, 12)).isFalse();
        assertThat(ValueBytes.equal(new byte[0], ROW, 3, 3)).isTrue();
    }

    @Test
    void slotDependsOnTheBytesNotWhereTheyAre() {
        byte[] elsewhere = "xxorg-00417".getBytes(StandardCharsets.US_ASCII);
        for (int bits = 1; bits <= 16; bits++) {
            int slot = ValueBytes.slot(ROW, 3, 12, bits);
            assertThat(slot).isBetween(0, (1 << bits) - 1).isEqualTo(ValueBytes.slot(elsewhere, 2, 11, bits));
        }
    }

    @Test
    void slotsOfOneByteAndOfLongValuesStayInTheTable() {
        for (int start = 0; start < ROW.length; start++) {
            for (int end = start + 1; end <= ROW.length; end++) {
                assertThat(ValueBytes.slot(ROW, start, end, 8)).isBetween(0, 255);
            }
        }
    }

    @Test
    void valuesThatRepeatInARowMostlyGetSlotsOfTheirOwn() {
        int[] used = new int[1 << 10];
        int distinct = 0;
        for (int i = 0; i < 256; i++) {
            byte[] id = String.format("org-%05d", i * 37).getBytes(StandardCharsets.US_ASCII);
            int slot = ValueBytes.slot(id, 0, id.length, 10);
            distinct += used[slot]++ == 0 ? 1 : 0;
        }
        assertThat(distinct).isGreaterThan(200);
    }
}
