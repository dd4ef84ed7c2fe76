package io.github.regsec.sample.provider;

import io.github.regsec.formats.SampleDataset;
import io.github.regsec.sample.SampleData;
import java.io.IOException;
import java.nio.file.Path;

/** {@code sample:central-asia}: {@link SampleData#centralAsiaDirectory()} as a sample dataset. */
public final class CentralAsiaSample implements SampleDataset {

    /** The provider, made by {@link java.util.ServiceLoader}. */
    public CentralAsiaSample() {
    }

    @Override
    public String name() {
        return SampleData.CENTRAL_ASIA.substring(PREFIX.length());
    }

    @Override
    public String description() {
        return "the Central Asia dataset: the OSCE, CSTO, CIS, SCO and UN in the region, the OSCE's field offices,"
                + " the seed article's meetings and people";
    }

    @Override
    public Path path() throws IOException {
        return SampleData.centralAsiaDirectory();
    }
}
