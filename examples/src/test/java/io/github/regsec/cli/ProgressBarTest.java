package io.github.regsec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsNothingWhenTheRunEndsBeforeTheDelay() {
        StringWriter err = new StringWriter();
        ProgressBar bar = ProgressBar.start(new PrintWriter(err), Duration.ofSeconds(30), "data");
        bar.started(10);
        bar.step(5, "membership-overlap");
        bar.finished();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void drawsOnOneLineAndErasesItselfWhenFinished() throws InterruptedException {
        StringWriter err = new StringWriter();
        ProgressBar bar = ProgressBar.start(new PrintWriter(err), Duration.ZERO, "data.json");
        assertThat(bar.line()).startsWith("reading data.json ");
        bar.started(4);
        bar.step(1, "duplicate-id");
        assertThat(bar.line()).isEqualTo("validating [#######.......................] 1/4 duplicate-id");
        bar.draw();
        bar.finished();
        String shown = err.toString();
        assertThat(shown).startsWith("\r").contains("validating [").doesNotContain("\n").endsWith("\r");
        assertThat(shown.substring(shown.lastIndexOf("validating"))).contains("\r" + " ".repeat(10));
    }

    @Test
    void commandsInTestsAreNotOnATerminal() {
        assertThat(ProgressBar.isTerminal()).isFalse();
        assertThat(ProgressBar.forTerminal(new PrintWriter(new StringWriter()), "x")).isSameAs(ClosableProgress.QUIET);
    }
}
