package nl.galacheck.rapport.html;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import nl.galacheck.rapport.Rapport;
import nl.galacheck.rapport.Renderer;

/**
 * The HTML report: one self-contained file (styles inline, charts as inline SVG, no scripts, no network) for a
 * policy officer, from the JTE templates in src/main/jte, compiled at build time.
 */
public final class HtmlRenderer implements Renderer {

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
    public boolean toontTijdlijn() {
        return true;
    }

    @Override
    public void schrijf(Rapport rapport, OutputStream uit) throws IOException {
        Writer w = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
        SJABLONEN.render("rapport.jte", Pagina.van(rapport), new WriterOutput(w));
        w.flush();
    }
}
