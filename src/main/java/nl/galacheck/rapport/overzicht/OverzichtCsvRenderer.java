package nl.galacheck.rapport.overzicht;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.galacheck.overzicht.Cel;
import nl.galacheck.overzicht.Kolom;
import nl.galacheck.overzicht.Overzicht;
import nl.galacheck.overzicht.Rij;
import nl.galacheck.overzicht.Totaal;
import nl.galacheck.toetsing.Status;

/**
 * The matrix as CSV for Dutch spreadsheets: {@code ;} between fields and a UTF-8 byte order mark, so Excel
 * opens it with the right characters. A per-gemeente cell reads "7 van 9" (Excel would take "7/9" for a date).
 * Below the regions: per column the units met and the units it applies to.
 */
final class OverzichtCsvRenderer implements OverzichtRenderer {

    @Override
    public void schrijf(Overzicht o, OutputStream stroom) {
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(stroom, StandardCharsets.UTF_8));
        uit.print('\uFEFF');
        List<String> kop = new ArrayList<>(List.of("regio", "naam", "gemeenten", "preferente zorgverzekeraar", "bestand"));
        o.kolommen().forEach(k -> kop.add(k.sleutel()));
        regel(uit, kop);
        for (Rij r : o.rijen()) {
            List<String> velden = new ArrayList<>(List.of(r.regio(), r.naam(), String.valueOf(r.gemeenten()),
                    r.zorgverzekeraar() == null ? "" : r.zorgverzekeraar(), r.bestand()));
            o.kolommen().forEach(k -> velden.add(cel(k, r.cel(k).orElse(null))));
            regel(uit, velden);
        }
        regel(uit, totaal(o, "totaal voldaan", t -> String.valueOf(t.aantal(Status.VOLDAAN))));
        regel(uit, totaal(o, "totaal niet voldaan", t -> String.valueOf(t.aantal(Status.NIET_VOLDAAN))));
        regel(uit, totaal(o, "totaal onbekend", t -> String.valueOf(t.aantal(Status.ONBEKEND))));
        regel(uit, totaal(o, "totaal van toepassing", t -> String.valueOf(t.vanToepassing())));
        regel(uit, totaal(o, "eenheid", t -> t.kolom().eenheid()));
        o.ongeldig().forEach(b -> regel(uit, List.of("ongeldig", "", "", "", b.bestand())));
        uit.flush();
    }

    private static List<String> totaal(Overzicht o, String label, java.util.function.Function<Totaal, String> waarde) {
        List<String> velden = new ArrayList<>(List.of(label, "", String.valueOf(o.gemeenten()), "", ""));
        o.kolommen().forEach(k -> velden.add(waarde.apply(o.totaal(k))));
        return velden;
    }

    private static String cel(Kolom k, Cel c) {
        if (c == null) {
            return "";
        }
        return k.perGemeente() && c.vanToepassing() > 0 ? c.voldaan() + " van " + c.vanToepassing() : c.status().label();
    }

    private static void regel(PrintWriter uit, List<String> velden) {
        uit.print(String.join(";", velden.stream().map(OverzichtCsvRenderer::veld).toList()));
        uit.print("\r\n");
    }

    /** RFC 4180 quoting, with ; as the separator. */
    static String veld(String waarde) {
        String s = nl.galacheck.rapport.Spreadsheetcel.veilig(waarde);
        return s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
