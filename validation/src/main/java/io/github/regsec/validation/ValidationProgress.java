package io.github.regsec.validation;

/**
 * Progress of a validation run, for progress bars: {@link #started(int)} once with the number of
 * steps (the record constraints, then one step per rule), {@link #step(int, String)} after each
 * step, {@link #finished()} at the end. Called on the thread that runs {@code validate}.
 */
public interface ValidationProgress {

    /** A listener that does nothing. */
    ValidationProgress NONE = new ValidationProgress() {
        @Override
        public void started(int totalSteps) {
        }

        @Override
        public void step(int done, String what) {
        }

        @Override
        public void finished() {
        }
    };

    /**
     * Validation starts; it has this many steps.
     *
     * @param totalSteps the number of steps: the record constraints and each active rule
     */
    void started(int totalSteps);

    /**
     * A step is done: {@code done} steps of the total so far, the last one {@code what} (a rule id,
     * or {@code record-constraints}).
     *
     * @param done the steps done so far, 1 to the total
     * @param what the step just done: a rule id, or {@code record-constraints}
     */
    void step(int done, String what);

    /** Validation is done. */
    void finished();
}
