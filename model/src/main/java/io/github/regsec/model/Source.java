package io.github.regsec.model;

import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.constraints.RequiresOneOf;
import io.github.regsec.model.time.PartialDate;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Where facts come from: an article, a report, a web page, a dataset. A source needs a title or
 * a url. Records cite sources by id.
 *
 * @param id the id, unique in the dataset
 * @param title the title, or null
 * @param author who wrote it, or null
 * @param publisher who published it, or null
 * @param published when it was published, or null
 * @param url where it can be read, or null
 * @param accessed when the url was read, or null
 * @param note free-text remarks, or null
 */
@RequiresOneOf({"title", "url"})
public record Source(
        @NotNull @RecordId String id,
        String title,
        String author,
        String publisher,
        PartialDate published,
        String url,
        PartialDate accessed,
        String note) implements DatasetRecord {

    public Source {
        Checks.required(id, "id");
        title = Checks.optional(title);
        author = Checks.optional(author);
        publisher = Checks.optional(publisher);
        url = Checks.optional(url);
        note = Checks.optional(note);
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.SOURCE;
    }

    /** A source cites no other sources. */
    @Override
    public List<String> sources() {
        return List.of();
    }
}
