package io.github.regsec.cli.timeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How wide a line of text is drawn, and text wrapped to a width: for laying out labels that a
 * viewer draws, without fonts of our own. The widths are DejaVu Sans's (the picture's first font;
 * Verdana, the next, is about as wide), with a small margin; letters outside ASCII count as their
 * base letter ({@code é} as {@code e}), other scripts as a wide letter, ideographs as a square.
 */
final class TextWidth {

    /** Advance widths of ASCII 32-126 in DejaVu Sans, in thousandths of the font size. */
    private static final short[] REGULAR = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};

    /** The same for DejaVu Sans Bold. */
    private static final short[] BOLD = {
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838};

    /** Room for a viewer's other font and rounding. */
    private static final double MARGIN = 1.04;

    private TextWidth() {
    }

    /** The width of a line of text at a font size, in pixels. */
    static double of(String text, double fontSize, boolean bold) {
        short[] table = bold ? BOLD : REGULAR;
        double thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            thousandths += advance(c, table);
        }
        return thousandths * fontSize / 1000 * MARGIN;
    }

    private static int advance(int c, short[] table) {
        if (c >= 32 && c < 127) {
            return table[c - 32];
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                || Character.getType(c) == Character.FORMAT) {
            return 0;
        }
        if (Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA) {
            return 1000;
        }
        String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        int first = base.codePointAt(0);
        if (first >= 32 && first < 127) {
            return table[first - 32];
        }
        return Character.isUpperCase(c) ? table['W' - 32] : table['m' - 32] * 3 / 4;
    }

    /**
     * Text broken into lines no wider than {@code width}: at spaces, or after a hyphen, dash or
     * slash where a line has no space; a word wider than a whole line is broken where it must. Never shortened: every character is
     * in one of the lines.
     */
    static List<String> wrap(String text, double width, double fontSize, boolean bold) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (of(rest, fontSize, bold) <= width) {
                lines.add(rest);
                break;
            }
            int cut = lastBreakThatFits(rest, width, fontSize, bold);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Where to end the first line: after the last space, hyphen or slash that fits, else the last character that fits. */
    private static int lastBreakThatFits(String text, double width, double fontSize, boolean bold) {
        int fits = 0; // characters that fit
        int lastSpace = -1;
        int lastHyphen = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (of(text.substring(0, next), fontSize, bold) > width && !(c == ' ' && i > 0)) {
                break;
            }
            fits = next;
            if (c == ' ') {
                lastSpace = i;
            } else if ((c == '-' || c == '/' || c == '\u2013') && i > 0) {
                lastHyphen = next;
            }
            i = next;
        }
        if (lastSpace > 0) {
            return lastSpace; // between words where there is a space; inside a hyphenated word only where there is none
        }
        if (lastHyphen > 0) {
            return lastHyphen;
        }
        return Math.max(fits, Character.charCount(text.codePointAt(0))); // at least one character per line
    }
}
