package io.github.regsec.benchmarks;

/**
 * The benchmark sizes. The reference is 1,000,000 memberships; a quicker run can set the system
 * property {@code regsec.bench.memberships} (passed to forks by {@link RatioReport}).
 */
final class Sizes {

    private Sizes() {
    }

    /** The number of memberships the import benchmarks read. */
    static int memberships() {
        return Integer.getInteger("regsec.bench.memberships", 1_000_000);
    }

    /** The reference dataset size for the validation benchmark, scaled to {@link #memberships()}. */
    static SyntheticDataset.Size reference() {
        return SyntheticDataset.Size.REFERENCE.times(memberships() / 1_000_000.0);
    }
}
