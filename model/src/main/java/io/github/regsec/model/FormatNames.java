package io.github.regsec.model;

import java.util.Locale;

/** The format names of each enumeration, computed once per class: parsing and writing run per value. */
final class FormatNames {

    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return names;
        }
    };

    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private FormatNames() {
    }

    /** An enumeration's constants, by ordinal (a shared array, not a copy per call: do not change it). */
    static Object[] constants(Class<?> enumType) {
        return CONSTANTS.get(enumType);
    }

    /** The format names of an enumeration's constants, by ordinal (a shared array: do not change it). */
    static String[] of(Class<?> enumType) {
        return NAMES.get(enumType);
    }
}
