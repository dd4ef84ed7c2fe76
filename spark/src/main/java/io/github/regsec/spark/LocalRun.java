package io.github.regsec.spark;

import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportResult;
import io.github.regsec.formats.ReadOptions;
import io.github.regsec.model.ChildRow;
import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.Row;
import io.github.regsec.model.party.OrganizationParty;
import io.github.regsec.model.party.Party;
import io.github.regsec.model.party.PersonParty;
import io.github.regsec.model.table.Field;
import io.github.regsec.model.table.RecordTable;
import io.github.regsec.model.table.RecordTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A part of a dataset put together on one machine, for the single-machine validator to run on:
 * records in their dataset order, each with where it was read; and the ids a record names.
 */
final class LocalRun {

    private LocalRun() {
    }

    /** The records as a dataset with their locations, in dataset order; a record given twice (same place) once. */
    static ImportResult dataset(List<SparkRows.Located> records) {
        List<SparkRows.Located> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingLong(SparkRows.Located::order));
        ImportContext context = ImportContext.collecting(ReadOptions.builder().threads(1).build());
        long last = Long.MIN_VALUE;
        for (SparkRows.Located located : sorted) {
            if (located.order() == last) {
                continue;
            }
            last = located.order();
            context.accept(located.record(), located.location(), located.childLocations());
        }
        return context.result();
    }

    /**
     * The ids a record and its child rows name: identifiers of other records ({@code organization_id},
     * {@code person_id}...), {@code org:} and {@code person:} parties, and sources; the
     * {@code parent_id} too unless left out.
     */
    static Set<String> references(DatasetRecord record, boolean withParent) {
        Set<String> ids = new HashSet<>();
        collect(RecordTables.of(record), record, withParent, ids);
        ids.addAll(record.sources());
        for (ChildRow child : RecordTables.of(record).childRows(record)) {
            collect(RecordTables.of(child), child, withParent, ids);
        }
        return ids;
    }

    private static <R extends Row> void collect(RecordTable<R> table, R row, boolean withParent, Set<String> ids) {
        for (Field<R> field : table.fields()) {
            Object value = field.get(row);
            if (value == null) {
                continue;
            }
            switch (field.type()) {
                case ID -> {
                    if (!field.name().equals("id") && (withParent || !field.name().equals("parent_id"))) {
                        ids.add((String) value);
                    }
                }
                case PARTY -> party((Party) value, ids);
                case PARTY_LIST -> {
                    for (Object party : (List<?>) value) {
                        party((Party) party, ids);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void party(Party party, Set<String> ids) {
        if (party instanceof OrganizationParty org) {
            ids.add(org.organizationId());
        } else if (party instanceof PersonParty person) {
            ids.add(person.personId());
        }
    }
}
