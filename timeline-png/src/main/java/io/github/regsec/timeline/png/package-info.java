/**
 * PNG pictures from the regsec tool's SVG pictures, rendered with Apache Batik: an optional
 * module, kept out of the tool's runnable jar so that the tool stays small.
 *
 * <ul>
 *   <li>{@link io.github.regsec.timeline.png.SvgToPng}: an SVG document to PNG bytes, at the
 *       document's own size in pixels.</li>
 *   <li>{@link io.github.regsec.timeline.png.SvgToPngTool}: the same as a
 *       {@link java.util.spi.ToolProvider} named {@value io.github.regsec.timeline.png.SvgToPngTool#NAME},
 *       which {@code regsec timeline --out FILE.png} finds when this module is on the class path or
 *       is given with {@code --plugins}.</li>
 * </ul>
 *
 * <p>The module has no {@code module-info}: Batik's dependencies bring {@code xml-apis}, whose
 * {@code org.w3c.dom} package is also in {@code java.xml}, so it runs on the class path (or as a
 * plugin jar); its jar names the module {@code io.github.regsec.timeline.png} for the module path.
 */
package io.github.regsec.timeline.png;
