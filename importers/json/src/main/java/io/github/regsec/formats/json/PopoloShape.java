package io.github.regsec.formats.json;

import io.github.regsec.formats.json.JsonObject.Property;
import io.github.regsec.formats.json.JsonObject.Type;
import io.github.regsec.formats.json.JsonObject.Value;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.util.Set;

/**
 * Recognizes a Popolo JSON file (an EveryPolitician {@code ep-popolo-v1.0.json}) handed to the
 * regsec JSON importer, by its shape at the top level: before a {@code format} property or a
 * first record has shown a regsec document, a top-level collection only Popolo has
 * ({@code events}, {@code areas}...), or a first record object with a property only Popolo has
 * ({@code sort_name}, {@code other_names}, {@code classification}, {@code person_id}...) or
 * identifiers written as objects. Such a file gets one {@code syntax} error that names the
 * Popolo importer, instead of a problem for every record.
 */
final class PopoloShape {

    /** Top-level collections of a Popolo file that a regsec document does not have. */
    private static final Set<String> POPOLO_COLLECTIONS = Set.of("events", "areas", "meta", "motions", "vote_events",
            "votes", "counts", "speeches");

    /** Properties of Popolo persons, organizations, memberships and posts that no regsec record has. */
    private static final Set<String> POPOLO_PROPERTIES = Set.of("other_names", "sort_name", "given_name", "family_name",
            "additional_name", "honorific_prefix", "honorific_suffix", "patronymic_name", "email", "image", "images",
            "summary", "biography", "national_identity", "contact_details", "links", "classification", "person_id",
            "on_behalf_of_id", "area_id", "legislative_period_id", "seats");

    private PopoloShape() {
    }

    /** The problem for a top-level property that only Popolo has, or null. */
    static Problem collection(String name, Location at) {
        return POPOLO_COLLECTIONS.contains(name) ? problem("it has the top-level collection '" + name + "'", name, at) : null;
    }

    /** The problem for a first record object of the array {@code array} shaped like Popolo's, or null. */
    static Problem record(String array, JsonObject object) {
        for (Property p : object.properties()) {
            if (POPOLO_PROPERTIES.contains(p.name())) {
                return problem("its " + array + " have the property '" + p.name() + "'", array, p.location());
            }
            if (p.name().equals("member") && p.value().type() == Type.OBJECT) {
                return problem("its " + array + " give the member as an object", array, p.location());
            }
        }
        Value identifiers = object.value("identifiers");
        if (identifiers != null && identifiers.type() == Type.ARRAY && identifiers.items() != null
                && !identifiers.items().isEmpty() && identifiers.items().get(0).type() == Type.OBJECT) {
            return problem("its " + array + " give identifiers as objects {\"scheme\": ..., \"identifier\": ...}", array,
                    identifiers.location());
        }
        return null;
    }

    private static Problem problem(String why, String field, Location at) {
        return Problem.error(RuleIds.SYNTAX, "this looks like a Popolo file, not a regsec JSON document (" + why
                + "): read it with the Popolo importer, --input-format popolo (Formats.read(path, \"popolo\", options));"
                + " nothing was imported").withField(field).withLocation(at);
    }
}
