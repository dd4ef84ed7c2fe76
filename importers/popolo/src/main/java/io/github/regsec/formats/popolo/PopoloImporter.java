package io.github.regsec.formats.popolo;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.formats.io.DamagedGzipException;
import io.github.regsec.formats.io.InvalidUtf8Exception;
import io.github.regsec.formats.io.StrictUtf8Reader;
import io.github.regsec.formats.io.Utf16Exception;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Popolo JSON file: one object with arrays of {@code persons}, {@code organizations},
 * {@code memberships}, {@code posts}, {@code events} and {@code areas}, the shape of
 * EveryPolitician's {@code ep-popolo-v1.0.json} (docs/FORMATS.md#popolo). Persons, organizations,
 * memberships, posts and events become regsec records; the links in {@code sources} become source
 * records; areas that are countries become countries. Everything regsec has no place for (areas
 * that are not countries, images, contact details, most links, {@code meta}...) is reported once
 * per field as an {@code unmapped-field} warning with its count, never dropped silently. Ids that
 * are not regsec ids are renamed ({@link PopoloIds}) and the original kept as the identifier
 * {@code popolo:<original id>}, from which {@link PopoloWriter} gives it back. Claims no file
 * ending (a Popolo file ends in {@code .json} like a regsec document): pick it by name,
 * {@code --input-format popolo}.
 */
public final class PopoloImporter implements DatasetImporter {

    /** The collections of a Popolo file that are read. */
    static final List<String> COLLECTIONS = List.of("persons", "organizations", "memberships", "posts", "events", "areas");

    @Override
    public String name() {
        return "popolo";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public String description() {
        return "a Popolo JSON file (EveryPolitician's ep-popolo-v1.0.json): persons, organizations, memberships, posts,"
                + " events";
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        context.reading(fileName);
        Optional<InputStream> text = InputFiles.decompressed(in, fileName, context);
        if (text.isPresent()) {
            readText(text.get(), fileName, context);
        }
    }

    /** One record object of the file and where it starts. */
    record Item(JsonNode node, Location location) {
    }

    private static JsonMapper mapper(ReadOptions options) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(options.maxNestingDepth())
                        .maxStringLength(options.maxValueLength()).maxNameLength(options.maxValueLength()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        return JsonMapper.builder(factory).build();
    }

    private static void readText(InputStream stream, String fileName, ImportContext context) throws IOException {
        Map<String, List<Item>> collections = new LinkedHashMap<>();
        Reader reader = StrictUtf8Reader.stoppingAtBadBytes(stream);
        JsonParser parser = mapper(context.options()).createParser(reader);
        try (parser) {
            if (!readDocument(parser, fileName, collections, context)) {
                return;
            }
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof Utf16Exception) {
                context.report(Problem.error(RuleIds.SYNTAX, Utf16Exception.MESSAGE).withLocation(Location.of(fileName, 1, 1)));
            } else if (e.getCause() instanceof InvalidUtf8Exception bad) {
                context.report(Problem.error(RuleIds.SYNTAX, "the file is not valid UTF-8 text here: save it as UTF-8")
                        .withLocation(Location.of(fileName, bad.line(), bad.column())));
            } else if (e.getCause() instanceof DamagedGzipException damage) {
                context.report(damage.problemAt(location(fileName, parser.currentLocation())));
            } else {
                throw e.getCause();
            }
            return;
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().replaceAll("\\s*\\[Source: [^\\]]*\\]", "");
            context.report(Problem.error(RuleIds.SYNTAX, "broken JSON: " + message.strip()
                    + ": the file is not read further").withLocation(location(fileName, where)));
            return;
        }
        new PopoloMapping(fileName, context, collections).run();
    }

    /** Reads the top-level object into its collections; false when the file is not a Popolo object at all. */
    private static boolean readDocument(JsonParser parser, String file, Map<String, List<Item>> collections,
                                        ImportContext context) throws ImportException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            context.report(Problem.error(RuleIds.SYNTAX, parser.currentToken() == null ? "the file is empty: expected a"
                    + " Popolo object {\"persons\": [...], \"organizations\": [...], ...}" : "expected a Popolo object"
                    + " {\"persons\": [...], \"organizations\": [...], ...}").withLocation(location(file, parser.currentTokenLocation())));
            return false;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Location at = location(file, parser.currentTokenLocation());
            JsonToken value = parser.nextToken();
            if (COLLECTIONS.contains(name) && value == JsonToken.START_ARRAY) {
                List<Item> items = collections.computeIfAbsent(name, k -> new ArrayList<>());
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    Location itemAt = location(file, parser.currentTokenLocation());
                    JsonNode node = parser.readValueAsTree();
                    items.add(new Item(node, itemAt));
                }
            } else if (COLLECTIONS.contains(name) && value == JsonToken.VALUE_NULL) {
                collections.computeIfAbsent(name, k -> new ArrayList<>());
            } else if (COLLECTIONS.contains(name)) {
                JsonNode found = parser.readValueAsTree();
                context.report(Problem.error(RuleIds.SYNTAX, name + ": expected an array of Popolo " + name
                        + ", found " + PopoloMapping.describe(found)).withField(name).withLocation(at));
            } else {
                JsonNode skipped = parser.readValueAsTree();
                context.report(Problem.warning(PopoloRuleIds.UNMAPPED_FIELD, "'" + name + "' is not imported ("
                        + count(skipped) + "): regsec has no place for it").withField(name).withLocation(at));
            }
        }
        if (parser.nextToken() != null) {
            context.report(Problem.error(RuleIds.SYNTAX, "unexpected content after the end of the Popolo object")
                    .withLocation(location(file, parser.currentTokenLocation())));
        }
        return true;
    }

    private static String count(JsonNode node) {
        if (node.isArray()) {
            return node.size() == 1 ? "1 item" : node.size() + " items";
        }
        return PopoloMapping.describe(node);
    }

    static Location location(String file, TokenStreamLocation where) {
        return Location.of(file, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()));
    }
}
