package io.github.regsec.validation.constraints;

/** Converts between Java property names ({@code organizationId}) and format names ({@code organization_id}). */
public final class FieldNames {

    private FieldNames() {
    }

    /** The format name of a Java property: {@code endDate} gives {@code end_date}; a format name is returned unchanged. */
    public static String toFormatName(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The Java property name of a format name: {@code end_date} gives {@code endDate}. */
    public static String toJavaName(String formatName) {
        StringBuilder out = new StringBuilder(formatName.length());
        boolean upper = false;
        for (int i = 0; i < formatName.length(); i++) {
            char c = formatName.charAt(i);
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
