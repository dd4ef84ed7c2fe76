package io.github.regsec.model;

import io.github.regsec.model.constraints.RecordId;
import io.github.regsec.model.constraints.RequiresOneOf;
import io.github.regsec.model.time.PartialDate;
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
        @RecordId String id,
        String title,
        String author,
        String publisher,
        PartialDate published,
        String url,
        PartialDate accessed,
        String note) implements DatasetRecord {

    /**
     * Checks that the id is given and turns empty optional texts into null. That a title or a url
     * is given is a record constraint ({@code @RequiresOneOf}), reported by validation.
     *
     * @param id the id, unique in the dataset
     * @param title the title, or null
     * @param author who wrote it, or null
     * @param publisher who published it, or null
     * @param published when it was published, or null
     * @param url where it can be read, or null
     * @param accessed when the url was read, or null
     * @param note free-text remarks, or null
     * @throws NullPointerException when the id is null
     */
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

    /**
     * An empty builder: set at least the required values before {@code build()}.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this source's values.
     *
     * @return a new builder holding every value of this source
     */
    public Builder toBuilder() {
        return new Builder().id(id).title(title).author(author).publisher(publisher).published(published).url(url).accessed(accessed).note(note);
    }

    /** Builds a {@link Source}; every setter accepts null for "absent". */
    public static final class Builder {
        private String id;
        private String title;
        private String author;
        private String publisher;
        private PartialDate published;
        private String url;
        private PartialDate accessed;
        private String note;

        private Builder() {
        }

        /**
         * Sets {@code id}.
         *
         * @param id the id, unique in the dataset
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code title}.
         *
         * @param title the title, or null
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code author}.
         *
         * @param author who wrote it, or null
         * @return this builder
         */
        public Builder author(String author) {
            this.author = author;
            return this;
        }

        /**
         * Sets {@code publisher}.
         *
         * @param publisher who published it, or null
         * @return this builder
         */
        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        /**
         * Sets {@code published}.
         *
         * @param published when it was published, or null
         * @return this builder
         */
        public Builder published(PartialDate published) {
            this.published = published;
            return this;
        }

        /**
         * Sets {@code url}.
         *
         * @param url where it can be read, or null
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets {@code accessed}.
         *
         * @param accessed when the url was read, or null
         * @return this builder
         */
        public Builder accessed(PartialDate accessed) {
            this.accessed = accessed;
            return this;
        }

        /**
         * Sets {@code note}.
         *
         * @param note free-text remarks, or null
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * The source; fails with a message naming the field when a required value is missing.
         *
         * @return a new source
         * @throws NullPointerException when the id is not set
         */
        public Source build() {
            return new Source(id, title, author, publisher, published, url, accessed, note);
        }
    }
}
