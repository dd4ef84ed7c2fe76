package io.github.regsec.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A question named a record the dataset does not have: {@code membersOn("nato", day)} on a
 * dataset without the NATO. The message names the id and the dataset's ids closest to it
 * ({@code no organization 'osec' in this dataset; did you mean 'osce'?}), so that a misspelt id
 * is never answered with an empty list as if nobody were a member.
 */
public final class UnknownRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The ids asked about that a dataset has as close ids: at most this many. */
    private static final int MAX_CLOSE_IDS = 5;

    /** The kind of record asked about. */
    private final RecordKind kind;
    /** The id asked about. */
    private final String id;
    /** The dataset's ids of that kind closest to it, closest first. */
    private final List<String> closeIds;

    private UnknownRecordException(RecordKind kind, String id, List<String> closeIds) {
        super("no " + kind.formatName().replace('_', ' ') + " '" + id + "' in this dataset"
                + (closeIds.isEmpty() ? "" : "; did you mean " + quoted(closeIds) + "?"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = id;
        this.closeIds = List.copyOf(closeIds);
    }

    /**
     * An exception for an id, with the close ids found among those the dataset has.
     *
     * @param kind the kind of record asked about
     * @param id the id the dataset does not have
     * @param knownIds the dataset's ids of that kind, to find close ones among
     * @return the exception, to throw
     */
    public static UnknownRecordException among(RecordKind kind, String id, Collection<String> knownIds) {
        return new UnknownRecordException(kind, id, closest(id, knownIds));
    }

    /**
     * The kind of record asked about.
     *
     * @return {@link RecordKind#ORGANIZATION} for the membership questions
     */
    public RecordKind kind() {
        return kind;
    }

    /**
     * The id asked about.
     *
     * @return the id the dataset does not have
     */
    public String id() {
        return id;
    }

    /**
     * The dataset's ids of the same kind that look like the one asked about (differing by a
     * few letters, or one holding the other), closest first; at most five.
     *
     * @return the close ids, possibly empty
     */
    public List<String> closeIds() {
        return closeIds;
    }

    private static String quoted(List<String> ids) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            text.append(i == 0 ? "" : i == ids.size() - 1 ? " or " : ", ").append('\'').append(ids.get(i)).append('\'');
        }
        return text.toString();
    }

    /** The known ids within a small edit distance of {@code id}, or holding it, ignoring case. */
    private static List<String> closest(String id, Collection<String> knownIds) {
        String asked = String.valueOf(id).toLowerCase(Locale.ROOT);
        int limit = Math.max(1, asked.length() / 3);
        record Scored(String id, int distance) {
        }
        return knownIds.stream().distinct()
                .map(known -> {
                    String lower = known.toLowerCase(Locale.ROOT);
                    int distance = distance(asked, lower);
                    boolean holds = asked.length() >= 2 && (lower.contains(asked) || asked.contains(lower));
                    return new Scored(known, distance <= limit ? distance : holds ? limit + 1 : Integer.MAX_VALUE);
                })
                .filter(s -> s.distance() != Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id))
                .limit(MAX_CLOSE_IDS).map(Scored::id).toList();
    }

    /** Edit distance: insertions, deletions, substitutions and swaps of two neighbours each count 1. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
