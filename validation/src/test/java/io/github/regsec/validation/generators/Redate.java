package io.github.regsec.validation.generators;

import io.github.regsec.model.DatasetRecord;
import io.github.regsec.model.FieldOffice;
import io.github.regsec.model.Meeting;
import io.github.regsec.model.Membership;
import io.github.regsec.model.Name;
import io.github.regsec.model.Organization;
import io.github.regsec.model.time.DatePrecision;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies of records with other start and end dates, and the places in a list of records where a
 * start or end date could be widened ({@code 2019-07-17} to {@code 2019-07} or {@code 2019}).
 */
public final class Redate {

    private Redate() {
    }

    /** A copy of a dated record (organization, field office, meeting, membership) with another start and end. */
    public static DatasetRecord withPeriod(DatasetRecord record, PartialDate start, PartialDate end) {
        if (record instanceof Organization o) {
            return o.toBuilder().foundingDate(start).dissolutionDate(end).build();
        }
        if (record instanceof FieldOffice f) {
            return f.toBuilder().openingDate(start).closingDate(end).build();
        }
        if (record instanceof Meeting m) {
            return m.toBuilder().startDate(start).endDate(end).build();
        }
        if (record instanceof Membership m) {
            return new Membership(m.id(), m.organizationId(), m.member(), m.status(), start, end, m.sources(), m.note());
        }
        throw new IllegalArgumentException("not a dated record: " + record);
    }

    /** A copy of a name with another start and end. */
    public static Name withPeriod(Name name, PartialDate start, PartialDate end) {
        return name.toBuilder().startDate(start).endDate(end).build();
    }

    /** The names of an organization or field office; none for other records. */
    public static List<Name> names(DatasetRecord record) {
        return record instanceof Organization o ? o.names() : record instanceof FieldOffice f ? f.names() : List.of();
    }

    /** A copy of an organization or field office with other names. */
    public static DatasetRecord withNames(DatasetRecord record, List<Name> names) {
        if (record instanceof Organization o) {
            return o.withNames(names);
        }
        if (record instanceof FieldOffice f) {
            return f.withNames(names);
        }
        throw new IllegalArgumentException("has no names: " + record);
    }

    /** The period of a dated record, or null for a source. */
    public static Period period(DatasetRecord record) {
        if (record instanceof Organization o) {
            return o.period();
        }
        if (record instanceof FieldOffice f) {
            return f.period();
        }
        if (record instanceof Meeting m) {
            return m.period();
        }
        if (record instanceof Membership m) {
            return m.period();
        }
        return null;
    }

    /** A date with less precision: a day to its month or year, a month to its year. */
    public static PartialDate widen(PartialDate date, boolean toYear) {
        if (toYear || date.precision() == DatePrecision.MONTH) {
            return PartialDate.ofYear(date.year());
        }
        return PartialDate.ofMonth(date.year(), date.month());
    }

    /**
     * Where a start or end date can be widened: the record's place in the list, the name's place
     * in the record (-1 for the record itself), and whether it is the end.
     */
    public record Slot(int record, int name, boolean end) {
    }

    /** Every start or end date with a month or day, of dated records and of names. */
    public static List<Slot> widenable(List<DatasetRecord> records) {
        List<Slot> slots = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            Period period = period(records.get(r));
            if (period != null) {
                add(slots, r, -1, period);
            }
            List<Name> names = names(records.get(r));
            for (int n = 0; n < names.size(); n++) {
                add(slots, r, n, names.get(n).period());
            }
        }
        return slots;
    }

    private static void add(List<Slot> slots, int record, int name, Period period) {
        if (period.start() != null && period.start().precision() != DatePrecision.YEAR) {
            slots.add(new Slot(record, name, false));
        }
        if (period.end() != null && period.end().precision() != DatePrecision.YEAR) {
            slots.add(new Slot(record, name, true));
        }
    }

    /** The records with the date at a slot widened. */
    public static List<DatasetRecord> widenAt(List<DatasetRecord> records, Slot slot, boolean toYear) {
        List<DatasetRecord> copy = new ArrayList<>(records);
        DatasetRecord record = records.get(slot.record());
        if (slot.name() < 0) {
            Period p = period(record);
            copy.set(slot.record(), slot.end() ? withPeriod(record, p.start(), widen(p.end(), toYear))
                    : withPeriod(record, widen(p.start(), toYear), p.end()));
        } else {
            List<Name> names = new ArrayList<>(names(record));
            Name name = names.get(slot.name());
            names.set(slot.name(), slot.end() ? withPeriod(name, name.startDate(), widen(name.endDate(), toYear))
                    : withPeriod(name, widen(name.startDate(), toYear), name.endDate()));
            copy.set(slot.record(), withNames(record, names));
        }
        return copy;
    }
}
