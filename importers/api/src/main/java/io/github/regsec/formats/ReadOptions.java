package io.github.regsec.formats;

/**
 * How a reader reads: whether it stops at the first error, and the limits that protect the
 * user from runaway input. Immutable; start from {@link #defaults()} or {@link #builder()}.
 *
 * @param failFast stop at the first error with an {@link ImportException}; otherwise read
 *     everything, import every good row and report every problem
 * @param maxValueLength the most characters one value may have; a longer one is a
 *     {@code syntax} problem that rejects its row
 * @param maxRecordLength the most characters one CSV record or one JSON Lines line may have, and
 *     the most one string in a JSON document may have before it is read as broken JSON
 * @param maxNestingDepth the deepest JSON nesting accepted
 * @param maxProblems the most problems kept in memory; past it, problems are counted but not
 *     kept, and one last {@code problems-left-out} warning says how many were left out (damaged
 *     input can hold a problem on every line)
 * @param spreadsheetSafeValues CSV values were written {@linkplain WriteOptions#safeSpreadsheetValues()
 *     spreadsheet-safe}: undo that escaping on reading (values of files written without it are
 *     never changed when this is off)
 * @param threads the most threads a reader decodes with (readers that can split their input);
 *     the result is the same whatever the number
 */
public record ReadOptions(boolean failFast, int maxValueLength, int maxRecordLength, int maxNestingDepth,
                          int maxProblems, boolean spreadsheetSafeValues, int threads) {

    /** Default for {@link #maxValueLength()}: 1,000,000 characters. */
    public static final int DEFAULT_MAX_VALUE_LENGTH = 1_000_000;
    /** Default for {@link #maxRecordLength()}: 4,000,000 characters. */
    public static final int DEFAULT_MAX_RECORD_LENGTH = 4_000_000;
    /** Default for {@link #maxNestingDepth()}: 64 levels. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** Default for {@link #maxProblems()}: 100,000 problems. */
    public static final int DEFAULT_MAX_PROBLEMS = 100_000;

    private static final ReadOptions DEFAULTS = new ReadOptions(false, DEFAULT_MAX_VALUE_LENGTH,
            DEFAULT_MAX_RECORD_LENGTH, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_PROBLEMS, false, allCores());

    /**
     * Checks that every limit is at least 1.
     *
     * @param failFast stop at the first error with an {@link ImportException}; otherwise read
     *     everything, import every good row and report every problem
     * @param maxValueLength the most characters one value may have; a longer one is a
     *     {@code syntax} problem on its line
     * @param maxRecordLength the most characters one CSV record or one JSON Lines line may have
     * @param maxNestingDepth the deepest JSON nesting accepted
     * @param maxProblems the most problems kept in memory; past it, problems are counted but not
     *     kept, and one last problem says how many were left out (damaged input can hold a problem
     *     on every line)
     * @param spreadsheetSafeValues CSV values were written
     *     {@linkplain WriteOptions#safeSpreadsheetValues() spreadsheet-safe}: undo that escaping on reading
     *     (values of files written without it are never changed when this is off)
     * @param threads the most threads a reader decodes with; default: every core
     * @throws IllegalArgumentException when a limit or the number of threads is below 1
     */
    public ReadOptions {
        if (maxValueLength < 1 || maxRecordLength < 1 || maxNestingDepth < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("read limits must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** The default number of threads: every core the JVM may use. */
    private static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Collect mode with the default limits.
     *
     * @return the options that read everything and report every problem
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Fail-fast mode with the default limits.
     *
     * @return the options that stop at the first error
     */
    public static ReadOptions failingFast() {
        return DEFAULTS.toBuilder().failFast(true).build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a builder holding {@link #defaults()}
     */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a builder holding these options
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ReadOptions}. */
    public static final class Builder {
        private boolean failFast;
        private int maxValueLength;
        private int maxRecordLength;
        private int maxNestingDepth;
        private int maxProblems;
        private boolean spreadsheetSafeValues;
        private int threads;

        private Builder(ReadOptions o) {
            failFast = o.failFast;
            maxValueLength = o.maxValueLength;
            maxRecordLength = o.maxRecordLength;
            maxNestingDepth = o.maxNestingDepth;
            maxProblems = o.maxProblems;
            spreadsheetSafeValues = o.spreadsheetSafeValues;
            threads = o.threads;
        }

        /**
         * Sets {@code failFast}.
         *
         * @param failFast stop at the first error with an {@link ImportException}; otherwise read
         *     everything, import every good row and report every problem
         * @return this builder
         */
        public Builder failFast(boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        /**
         * Sets {@code maxValueLength}.
         *
         * @param maxValueLength the most characters one value may have; a longer one is a
         *     {@code syntax} problem on its line
         * @return this builder
         */
        public Builder maxValueLength(int maxValueLength) {
            this.maxValueLength = maxValueLength;
            return this;
        }

        /**
         * Sets {@code maxRecordLength}.
         *
         * @param maxRecordLength the most characters one CSV record or one JSON Lines line may have
         * @return this builder
         */
        public Builder maxRecordLength(int maxRecordLength) {
            this.maxRecordLength = maxRecordLength;
            return this;
        }

        /**
         * Sets {@code maxNestingDepth}.
         *
         * @param maxNestingDepth the deepest JSON nesting accepted
         * @return this builder
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /**
         * Sets {@code maxProblems}.
         *
         * @param maxProblems the most problems kept in memory; past it, problems are counted but
         *     not kept, and one last problem says how many were left out (damaged input can hold a
         *     problem on every line)
         * @return this builder
         */
        public Builder maxProblems(int maxProblems) {
            this.maxProblems = maxProblems;
            return this;
        }

        /**
         * Sets {@code spreadsheetSafeValues}.
         *
         * @param spreadsheetSafeValues CSV values were written
         *     {@linkplain WriteOptions#safeSpreadsheetValues() spreadsheet-safe}: undo that escaping on reading
         *     (values of files written without it are never changed when this is off)
         * @return this builder
         */
        public Builder spreadsheetSafeValues(boolean spreadsheetSafeValues) {
            this.spreadsheetSafeValues = spreadsheetSafeValues;
            return this;
        }

        /**
         * Sets {@code threads}.
         *
         * @param threads the most threads a reader decodes with (1: on the calling thread only);
         *     the default is every core
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * The options.
         *
         * @return new read options
         * @throws IllegalArgumentException when a limit or the number of threads is below 1
         */
        public ReadOptions build() {
            return new ReadOptions(failFast, maxValueLength, maxRecordLength, maxNestingDepth, maxProblems,
                    spreadsheetSafeValues, threads);
        }
    }
}
