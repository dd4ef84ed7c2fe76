package org.example.tablist;

import io.github.regsec.formats.FileDatasetWriter;
import io.github.regsec.formats.WriteOptions;
import io.github.regsec.model.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The ids of a dataset's records, one a line. */
public final class IdsWriter extends FileDatasetWriter {

    public IdsWriter() {
    }

    @Override
    public String name() {
        return "ids";
    }

    @Override
    public List<String> extensions() {
        return List.of("ids");
    }

    @Override
    public String description() {
        return "the ids of the records, one a line (a plugin)";
    }

    @Override
    protected void writeChecked(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
        StringBuilder b = new StringBuilder();
        dataset.records().forEach(r -> b.append(r.id()).append('\n'));
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
