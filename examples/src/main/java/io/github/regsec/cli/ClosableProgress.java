package io.github.regsec.cli;

import io.github.regsec.formats.ReadProgress;
import io.github.regsec.validation.ValidationProgress;

/**
 * A listener to a run's reading and validation that holds resources until closed (a progress
 * bar's timer).
 */
interface ClosableProgress extends ReadProgress, ValidationProgress, AutoCloseable {

    /** Listens to nothing and shows nothing: for runs without a terminal. */
    ClosableProgress QUIET = new ClosableProgress() {
        @Override
        public void rowsRead(long rowsRead) {
        }

        @Override
        public void started(int totalSteps) {
        }

        @Override
        public void step(int done, String what) {
        }

        @Override
        public void finished() {
        }

        @Override
        public void close() {
        }
    };

    /** Releases what the listener holds; never fails. */
    @Override
    void close();
}
