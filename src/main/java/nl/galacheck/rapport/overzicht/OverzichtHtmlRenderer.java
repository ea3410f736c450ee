package nl.galacheck.rapport.overzicht;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;

import nl.galacheck.overzicht.Overzicht;

/**
 * The overview as one self-contained HTML page (no network): the matrices with sticky headers and sortable
 * columns, colour and symbol per cell, each cell linking to what stands behind it for that region; the national
 * picture and the RIVM comparison. Template {@code src/main/jte/overzicht/overzicht.jte}, precompiled at build time.
 */
final class OverzichtHtmlRenderer implements OverzichtRenderer {

    private static final TemplateEngine SJABLONEN = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public void schrijf(Overzicht o, OutputStream uit) throws IOException {
        Writer w = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
        SJABLONEN.render("overzicht/overzicht.jte", new OverzichtPagina(o), new WriterOutput(w));
        w.flush();
    }
}
