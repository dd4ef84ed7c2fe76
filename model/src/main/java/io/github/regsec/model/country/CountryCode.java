package io.github.regsec.model.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A country: an ISO 3166-1 alpha-2 code, plus {@code XK} (Kosovo) and the former codes
 * {@code SU} (USSR), {@code YU} (Yugoslavia), {@code CS} (Czechoslovakia) and {@code DD}
 * (German Democratic Republic).
 *
 * <p>Backed by a bundled table with each code's alpha-3 and numeric codes and English short
 * name. {@link #parse(String)} accepts alpha-2 or alpha-3 in any case ({@code tj}, {@code TJK})
 * and always gives the upper-case alpha-2 code. There is one instance per code, so {@code ==}
 * works, though {@link #equals(Object)} is the way to compare.
 */
public final class CountryCode implements Comparable<CountryCode> {

    private static final String TABLE = "countries.tsv";
    private static final Map<String, CountryCode> BY_ALPHA2;
    private static final Map<String, CountryCode> BY_ALPHA3;
    private static final List<CountryCode> ALL;
    /** The codes by their two upper-case letters ({@code (first - 'A') * 26 + second - 'A'}): readers look one up per value. */
    private static final CountryCode[] BY_LETTERS = new CountryCode[26 * 26];

    static {
        Map<String, CountryCode> byAlpha2 = new HashMap<>();
        Map<String, CountryCode> byAlpha3 = new HashMap<>();
        List<CountryCode> all = new ArrayList<>();
        try (InputStream in = CountryCode.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the country table " + TABLE + " is missing from the regsec-model jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                CountryCode code = new CountryCode(f[0], f[1], f[2], f[3], !"current".equals(f[4]) && !"user-assigned".equals(f[4]));
                byAlpha2.put(code.alpha2, code);
                byAlpha3.put(code.alpha3, code);
                all.add(code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BY_ALPHA2 = Map.copyOf(byAlpha2);
        BY_ALPHA3 = Map.copyOf(byAlpha3);
        for (CountryCode code : byAlpha2.values()) {
            int letters = letters(code.alpha2);
            if (letters < 0) {
                throw new IllegalStateException("the country table " + TABLE + " has an alpha-2 code that is not two letters: "
                        + code.alpha2);
            }
            BY_LETTERS[letters] = code;
        }
        Collections.sort(all);
        ALL = List.copyOf(all);
    }

    private final String alpha2;
    private final String alpha3;
    private final String numeric;
    private final String name;
    private final boolean former;

    private CountryCode(String alpha2, String alpha3, String numeric, String name, boolean former) {
        this.alpha2 = alpha2;
        this.alpha3 = alpha3;
        this.numeric = numeric;
        this.name = name;
        this.former = former;
    }

    /**
     * The country with this alpha-2 or alpha-3 code, in any case, surrounding spaces ignored.
     *
     * @param text the code as written in a file ({@code TJ}, {@code tjk})
     * @return the country with that code
     * @throws IllegalArgumentException naming the text, e.g. {@code 'QQ' is not a country code:
     *     expected ISO 3166-1 alpha-2 (TJ) or alpha-3 (TJK)}
     */
    public static CountryCode parse(String text) {
        Objects.requireNonNull(text, "text");
        CountryCode exact = alpha2OrNull(text); // the common case: upper-case alpha-2 as written
        if (exact != null) {
            return exact;
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        CountryCode code = key.length() == 2 ? BY_ALPHA2.get(key) : key.length() == 3 ? BY_ALPHA3.get(key) : null;
        if (code == null) {
            throw new IllegalArgumentException("'" + text + "' is not a country code: expected ISO 3166-1 alpha-2 (TJ) or alpha-3 (TJK)");
        }
        return code;
    }

    /**
     * The country with exactly this upper-case alpha-2 code, or null: a fast path for readers.
     *
     * @param alpha2 two upper-case letters, as they stand (no trimming, no case folding)
     * @return the country, or null when the text is not exactly a known alpha-2 code
     */
    public static CountryCode alpha2OrNull(String alpha2) {
        int letters = letters(alpha2);
        return letters < 0 ? null : BY_LETTERS[letters];
    }

    /**
     * The country with exactly these two upper-case letters as its alpha-2 code, or null: a fast
     * path for readers that have the letters at hand ({@code country:TJ}) and no string of them.
     *
     * @param first the code's first letter, upper case
     * @param second the code's second letter, upper case
     * @return the country, or null when the letters are not exactly a known alpha-2 code
     */
    public static CountryCode alpha2OrNull(char first, char second) {
        int letters = letters(first, second);
        return letters < 0 ? null : BY_LETTERS[letters];
    }

    /** The index of two upper-case ASCII letters in {@link #BY_LETTERS}, or -1 for any other text. */
    private static int letters(String text) {
        return text.length() != 2 ? -1 : letters(text.charAt(0), text.charAt(1));
    }

    private static int letters(char first, char second) {
        int a = first - 'A';
        int b = second - 'A';
        return a < 0 || a >= 26 || b < 0 || b >= 26 ? -1 : a * 26 + b;
    }

    /**
     * The country with this upper-case alpha-2 code; same as {@link #parse(String)} for two letters.
     *
     * @param alpha2 an ISO 3166-1 alpha-2 code ({@code TJ})
     * @return the country with that code
     * @throws IllegalArgumentException when the text is not a known code
     */
    public static CountryCode of(String alpha2) {
        return parse(alpha2);
    }

    /**
     * Every code in the table, sorted by alpha-2.
     *
     * @return every country, former states included, unmodifiable
     */
    public static List<CountryCode> all() {
        return ALL;
    }

    /**
     * The upper-case ISO 3166-1 alpha-2 code, e.g. {@code TJ}.
     *
     * @return two upper-case letters, the form writers use
     */
    public String alpha2() {
        return alpha2;
    }

    /**
     * The upper-case alpha-3 code, e.g. {@code TJK}.
     *
     * @return three upper-case letters
     */
    public String alpha3() {
        return alpha3;
    }

    /**
     * The three-digit numeric code, e.g. {@code 762}, or empty where there is none ({@code XK}).
     *
     * @return three digits with leading zeros kept, or the empty string
     */
    public String numeric() {
        return numeric;
    }

    /**
     * The English short name, e.g. {@code Tajikistan}.
     *
     * @return the country's name for people to read
     */
    public String name() {
        return name;
    }

    /**
     * True for codes of states that no longer exist: {@code SU}, {@code YU}, {@code CS}, {@code DD}.
     *
     * @return whether the code names a former state
     */
    public boolean isFormer() {
        return former;
    }

    @Override
    public int compareTo(CountryCode other) {
        return alpha2.compareTo(other.alpha2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountryCode c && c.alpha2.equals(alpha2);
    }

    @Override
    public int hashCode() {
        return alpha2.hashCode();
    }

    /** The alpha-2 code. */
    @Override
    public String toString() {
        return alpha2;
    }
}
