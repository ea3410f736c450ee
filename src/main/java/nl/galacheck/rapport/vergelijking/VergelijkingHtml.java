package nl.galacheck.rapport.vergelijking;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;

import nl.galacheck.vergelijking.Vergelijking;

/**
 * The comparison as one self-contained HTML page (no network), for the minutes of a regional meeting. Template
 * {@code src/main/jte/vergelijking/vergelijking.jte}, precompiled at build time; escaping by JTE.
 */
final class VergelijkingHtml implements Vergelijkingsrenderer {

    private static final TemplateEngine SJABLONEN = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public String naam() {
        return "html";
    }

    @Override
    public String extensie() {
        return "html";
    }

    @Override
    public void schrijf(Vergelijking v, OutputStream uit) throws IOException {
        Writer w = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
        SJABLONEN.render("vergelijking/vergelijking.jte", VergelijkingPagina.van(v), new WriterOutput(w));
        w.flush();
    }
}
