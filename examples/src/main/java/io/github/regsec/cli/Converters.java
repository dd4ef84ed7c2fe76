package io.github.regsec.cli;

import io.github.regsec.model.MembershipStatus;
import io.github.regsec.model.country.CountryCode;
import io.github.regsec.model.time.DatePrecision;
import io.github.regsec.model.time.PartialDate;
import io.github.regsec.model.party.Party;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for option values, with messages in the user's terms. */
final class Converters {

    private Converters() {
    }

    /** A calendar day, {@code YYYY-MM-DD}. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            PartialDate date;
            try {
                date = PartialDate.parse(value.strip());
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (date.precision() != DatePrecision.DAY) {
                throw new TypeConversionException("'" + value + "' is a " + date.precision().name().toLowerCase(Locale.ROOT)
                        + ", not a day: give YYYY-MM-DD, e.g. 2019-07-17");
            }
            return date.earliest();
        }
    }

    /** A number of threads: a whole number, at least 1. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int threads;
            try {
                threads = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of threads: give a whole number, 1 or more");
            }
            if (threads < 1) {
                throw new TypeConversionException("'" + value + "' threads: give 1 or more");
            }
            return threads;
        }
    }

    /** A country code, alpha-2 or alpha-3. */
    static final class CountryValue implements ITypeConverter<CountryCode> {
        @Override
        public CountryCode convert(String value) {
            try {
                return CountryCode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A party, {@code country:TJ} or {@code org:osce}. */
    static final class PartyValue implements ITypeConverter<Party> {
        @Override
        public Party convert(String value) {
            try {
                return Party.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A membership status, or {@code all}. */
    static final class StatusValue implements ITypeConverter<StatusFilter> {
        @Override
        public StatusFilter convert(String value) {
            if (value.strip().equals("all")) {
                return StatusFilter.ALL;
            }
            try {
                return new StatusFilter(MembershipStatus.parse(value));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage() + ", all");
            }
        }
    }

    /**
     * Which memberships to list: one status, or every status.
     *
     * @param status the status, or null for every status
     */
    record StatusFilter(MembershipStatus status) {
        static final StatusFilter ALL = new StatusFilter(null);
        static final StatusFilter MEMBER = new StatusFilter(MembershipStatus.MEMBER);

        boolean isAll() {
            return status == null;
        }

        @Override
        public String toString() {
            return status == null ? "all" : status.formatName();
        }
    }
}
