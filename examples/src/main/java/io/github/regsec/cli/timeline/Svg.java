package io.github.regsec.cli.timeline;

import java.util.Locale;

/**
 * A small SVG writer: elements with attributes, text escaped for XML, numbers with one decimal
 * in the root locale, {@code \n} line ends. Gradients are defined once per colour.
 */
final class Svg {

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();
    private final java.util.Set<String> gradients = new java.util.TreeSet<>();
    private int depth = 1;

    /** Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }

    /** A coordinate or length: one decimal, root locale. */
    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private void indent() {
        body.append("  ".repeat(depth));
    }

    /** Opens a group-like element with attribute pairs. */
    void open(String element, String... attributes) {
        indent();
        body.append('<').append(element);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            body.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        body.append(">\n");
        depth++;
    }

    /** Closes an element opened with {@link #open}. */
    void close(String element) {
        depth--;
        indent();
        body.append("</").append(element).append(">\n");
    }

    /** A tooltip for the enclosing element. */
    void title(String text) {
        indent();
        body.append("<title>").append(escape(text)).append("</title>\n");
    }

    void text(double x, double y, double size, String weight, String fill, String anchor, String text) {
        indent();
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append('"');
        if (weight.equals("italic")) {
            body.append(" font-style=\"italic\"");
        } else if (!weight.equals("normal")) {
            body.append(" font-weight=\"").append(weight).append('"');
        }
        body.append(" fill=\"").append(fill).append('"');
        if (!anchor.equals("start")) {
            body.append(" text-anchor=\"").append(anchor).append('"');
        }
        body.append('>').append(escape(text)).append("</text>\n");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        indent();
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (dash != null) {
            body.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        body.append("/>\n");
    }

    void rect(double x, double y, double w, double h, String fill, double opacity, double radius) {
        indent();
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"');
        if (opacity < 1) {
            body.append(" fill-opacity=\"").append(String.format(Locale.ROOT, "%.2f", opacity)).append('"');
        }
        if (radius > 0) {
            body.append(" rx=\"").append(n(radius)).append('"');
        }
        body.append("/>\n");
    }

    /** A rectangle that fades in from transparent on the left: a period whose start is unknown. */
    void gradientRect(double x, double y, double w, double h, String colour) {
        String id = "fade-" + colour.replace("#", "");
        if (gradients.add(id)) {
            defs.append("    <linearGradient id=\"").append(id).append("\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">\n")
                    .append("      <stop offset=\"0\" stop-color=\"").append(colour).append("\" stop-opacity=\"0\"/>\n")
                    .append("      <stop offset=\"1\" stop-color=\"").append(colour).append("\" stop-opacity=\"1\"/>\n")
                    .append("    </linearGradient>\n");
        }
        indent();
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(w, 1)))
                .append("\" height=\"").append(n(h)).append("\" fill=\"url(#").append(id).append(")\"/>\n");
    }

    void diamond(double cx, double cy, double r, String fill) {
        polygon(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f", cx, cy - r, cx + r, cy, cx, cy + r,
                cx - r, cy), fill);
    }

    void polygon(String points, String fill) {
        polygon(points, fill, 1);
    }

    /** A polygon filled with a colour at an opacity (1: opaque). */
    void polygon(String points, String fill, double opacity) {
        indent();
        body.append("<polygon points=\"").append(points).append("\" fill=\"").append(fill).append('"');
        if (opacity < 1) {
            body.append(" fill-opacity=\"").append(String.format(Locale.ROOT, "%.2f", opacity)).append('"');
        }
        body.append("/>\n");
    }

    /** The whole document. */
    String document(double width, double height, String title) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Math.round(width)).append("\" height=\"")
                .append(Math.round(height)).append("\" viewBox=\"0 0 ").append(Math.round(width)).append(' ')
                .append(Math.round(height)).append("\" font-family=\"")
                .append(escape("DejaVu Sans, Verdana, Helvetica, Arial, sans-serif")).append("\">\n");
        b.append("  <title>").append(escape(title)).append("</title>\n");
        if (defs.length() > 0) {
            b.append("  <defs>\n").append(defs).append("  </defs>\n");
        }
        b.append("  <rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append(body);
        b.append("</svg>\n");
        return b.toString();
    }
}
