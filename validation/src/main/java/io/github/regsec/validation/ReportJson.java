package io.github.regsec.validation;

import io.github.regsec.model.Dataset;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Writes a {@link ValidationReport} as the JSON object of docs/FORMATS.md#report-json, with Jackson's streaming generator. */
final class ReportJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Two-space indentation, {@code \n} line ends whatever the platform, {@code "name": value}. */
    private static final class Pretty extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    private ReportJson() {
    }

    static String render(ValidationReport report, String datasetAsGiven) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(new Pretty(), out)) {
            Dataset d = report.dataset();
            g.writeStartObject();
            g.writeStringProperty("dataset", datasetAsGiven);
            g.writeStringProperty("as_of", report.asOf().toString());
            g.writeObjectPropertyStart("records");
            g.writeNumberProperty("sources", d.sources().size());
            g.writeNumberProperty("organizations", d.organizations().size());
            g.writeNumberProperty("field_offices", d.fieldOffices().size());
            g.writeNumberProperty("meetings", d.meetings().size());
            g.writeNumberProperty("memberships", d.memberships().size());
            g.writeNumberProperty("persons", d.persons().size());
            g.writeNumberProperty("posts", d.posts().size());
            g.writeEndObject();
            g.writeNumberProperty("errors", report.errors());
            g.writeNumberProperty("warnings", report.warnings());
            g.writeArrayPropertyStart("problems");
            for (Problem p : report.problems()) {
                Location l = p.location();
                g.writeStartObject();
                g.writeStringProperty("severity", p.severity().formatName());
                g.writeStringProperty("rule", p.rule());
                g.writeStringProperty("record_type", p.recordKind() == null ? null : p.recordKind().formatName());
                g.writeStringProperty("record_id", p.recordId());
                g.writeStringProperty("field", p.field());
                g.writeStringProperty("file", l == null ? null : l.file());
                writeNumberOrNull(g, "line", l == null || !l.hasLine() ? null : l.line());
                writeNumberOrNull(g, "column", l == null || !l.hasColumn() ? null : l.column());
                g.writeStringProperty("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void writeNumberOrNull(JsonGenerator g, String name, Integer value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, value);
        }
    }
}
