package io.github.regsec.timeline.png;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.spi.ToolProvider;

/**
 * {@link SvgToPng} as a {@link ToolProvider} named {@value #NAME}: {@code IN.svg OUT.png} reads
 * an SVG file and writes its PNG image. Exit codes: 0 written; 1 the picture cannot be drawn or
 * written (one line on {@code err}); 2 the arguments are wrong. Registered in
 * {@code META-INF/services/java.util.spi.ToolProvider}, so {@code regsec timeline --out FILE.png}
 * finds it wherever this module's jar is on the class path or among the tool's plugins.
 */
public final class SvgToPngTool implements ToolProvider {

    /** The tool's name. */
    public static final String NAME = "regsec-svg-to-png";

    /** A tool instance; the tool keeps no state between runs. */
    public SvgToPngTool() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length != 2) {
            err.println(NAME + ": give IN.svg OUT.png");
            err.flush();
            return 2;
        }
        Path in;
        Path target;
        try {
            in = Path.of(args[0]);
            target = Path.of(args[1]);
        } catch (InvalidPathException e) {
            err.println(NAME + ": '" + e.getInput() + "' is not a path: " + e.getReason());
            err.flush();
            return 2;
        }
        try {
            String svg = Files.readString(in, StandardCharsets.UTF_8);
            try (OutputStream png = Files.newOutputStream(target)) {
                SvgToPng.render(svg, png);
            }
            return 0;
        } catch (IOException e) {
            err.println(NAME + ": " + (e.getMessage() == null ? "cannot write " + target : e.getMessage()));
            err.flush();
            return 1;
        }
    }
}
