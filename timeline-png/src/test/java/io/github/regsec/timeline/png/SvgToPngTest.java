package io.github.regsec.timeline.png;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ServiceLoader;
import java.util.spi.ToolProvider;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgToPngTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** A 200x100 picture: white, with a blue square at (20, 30) and a line of text. */
    private static final String SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" font-family="DejaVu Sans, sans-serif">
              <rect x="20" y="30" width="40" height="40" fill="#0072B2"/>
              <text x="80" y="60" font-size="12" fill="#1a202c">Tajikistan &amp; OSCE</text>
            </svg>
            """;

    @Test
    void drawsThePictureAtItsOwnSizeOnWhite() throws IOException {
        byte[] png = SvgToPng.render(SVG);

        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(100);
        assertThat(image.getRGB(40, 50) & 0xffffff).isEqualTo(0x0072B2);
        assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void saysWhyABrokenDocumentCannotBeDrawn() {
        assertThatThrownBy(() -> SvgToPng.render("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""))
                .isInstanceOf(IOException.class).hasMessageStartingWith("cannot render the picture as PNG: ");
    }

    @Test
    void isAToolThatTheRegsecToolFindsByName(@TempDir Path temp) throws IOException {
        ToolProvider tool = ServiceLoader.load(ToolProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(t -> t.name().equals(SvgToPngTool.NAME)).findFirst().orElseThrow();
        Path in = Files.writeString(temp.resolve("in.svg"), SVG);
        Path out = temp.resolve("out.png");
        StringWriter err = new StringWriter();

        assertThat(tool.run(new PrintWriter(new StringWriter()), new PrintWriter(err), in.toString(), out.toString()))
                .as(err.toString()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(200);

        assertThat(tool.run(new PrintWriter(new StringWriter()), new PrintWriter(err), in.toString())).isEqualTo(2);
        assertThat(tool.run(new PrintWriter(new StringWriter()), new PrintWriter(err), temp.resolve("missing.svg").toString(),
                out.toString())).isEqualTo(1);
    }
}
