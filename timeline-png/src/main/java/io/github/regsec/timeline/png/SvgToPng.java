package io.github.regsec.timeline.png;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Objects;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Renders an SVG document as a PNG image at the document's own size ({@code width} and
 * {@code height} in pixels), on a white background where the document is transparent.
 *
 * <pre>{@code
 * byte[] png = SvgToPng.render(MembershipTimeline.builder(dataset, "osce").build().render());
 * }</pre>
 */
public final class SvgToPng {

    private SvgToPng() {
    }

    /**
     * The PNG image of an SVG document.
     *
     * @param svg the document's text
     * @return the PNG file's bytes
     * @throws IOException when the document cannot be read or drawn; the message says why
     */
    public static byte[] render(String svg) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(svg, out);
        return out.toByteArray();
    }

    /**
     * Writes the PNG image of an SVG document to a stream, which is left open.
     *
     * @param svg the document's text
     * @param out where the PNG bytes go
     * @throws IOException when the document cannot be read or drawn, or the stream fails
     */
    public static void render(String svg, OutputStream out) throws IOException {
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(out, "out");
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // no window system is needed to draw into an image
        }
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_FORCE_TRANSPARENT_WHITE, Boolean.TRUE);
        // a document read from a string has no address of its own; this one resolves nothing
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI("file:/regsec-picture.svg");
        try {
            transcoder.transcode(input, new TranscoderOutput(out));
        } catch (TranscoderException e) {
            String why = e.getMessage() != null ? e.getMessage()
                    : e.getException() != null && e.getException().getMessage() != null ? e.getException().getMessage()
                    : "the SVG document cannot be drawn";
            throw new IOException("cannot render the picture as PNG: " + why.strip(), e);
        }
        out.flush();
    }
}
