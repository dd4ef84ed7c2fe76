package io.github.regsec.formats.popolo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regsec ids of one Popolo file's records. A Popolo id that is a regsec id (ASCII letters,
 * digits and {@code . _ : -}) is kept; another ({@code party/mdc}, an id with spaces or letters
 * outside ASCII) becomes a regsec id deterministically: accents removed, every other character
 * that an id cannot hold replaced by {@code -}, runs of {@code -} joined ({@code party-mdc}); when
 * that id is taken by another id of the file, or empty, the first 8 hexadecimal digits of the
 * original's SHA-256 are added ({@code party-mdc-1f0c9a2e}). The same file always gives the same
 * ids.
 */
final class PopoloIds {

    /** The syntax of a regsec id (docs/FORMATS.md#ids). */
    static final Pattern REGSEC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9._:-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");

    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> mapped = new HashMap<>();

    /**
     * The ids of a file.
     *
     * @param originals every id the file's records have (their own ids)
     */
    PopoloIds(Collection<String> originals) {
        for (String id : originals) {
            if (REGSEC_ID.matcher(id).matches()) {
                taken.add(id);
            }
        }
        for (String id : originals) {
            regsec(id);
        }
    }

    /** True when a Popolo id is not a regsec id and has another regsec id. */
    static boolean needsMapping(String popoloId) {
        return !REGSEC_ID.matcher(popoloId).matches();
    }

    /** The regsec id of a Popolo id (one named by a reference but defined nowhere in the file included). */
    String regsec(String popoloId) {
        if (!needsMapping(popoloId)) {
            return popoloId;
        }
        return mapped.computeIfAbsent(popoloId, original -> {
            String folded = MARKS.matcher(Normalizer.normalize(original, Normalizer.Form.NFKD)).replaceAll("");
            String candidate = DASHES.matcher(OTHER.matcher(folded).replaceAll("-")).replaceAll("-");
            candidate = candidate.replaceAll("^[._:-]+", "");
            if (candidate.length() > 110) {
                candidate = candidate.substring(0, 110);
            }
            if (candidate.isEmpty() || taken.contains(candidate)) {
                candidate = (candidate.isEmpty() ? "popolo" : candidate) + "-" + hash(original);
            }
            taken.add(candidate);
            return candidate;
        });
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
