package nl.galacheck.rapport.overzicht;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import nl.galacheck.overzicht.Kolom;
import nl.galacheck.overzicht.Overzicht;
import nl.galacheck.overzicht.Rij;
import nl.galacheck.overzicht.Totaal;
import nl.galacheck.overzicht.Vergelijking;
import nl.galacheck.rapport.Zipnormalisatie;
import nl.galacheck.toetsing.Status;

/**
 * The overview as a spreadsheet (fastexcel, as the report): sheet "Matrix" (a row per region, a column per
 * criterion, colour and symbol; counts below), "Landelijk beeld" (per criterion the units per status) and "RIVM"
 * (per step the RIVM figure, the set and each region, with the basis), and "Ongeldig". Numbers are numbers; the
 * document's clock is the peildatum, so the same input gives the same bytes.
 */
final class OverzichtXlsxRenderer implements OverzichtRenderer {

    private static final int VAST = 3;

    @Override
    public void schrijf(Overzicht o, OutputStream uit) throws IOException {
        ByteArrayOutputStream werkmap = new ByteArrayOutputStream();
        Workbook wb = new Workbook(werkmap, "galacheck", null);
        wb.properties().setTitle("galacheck — overzicht, peildatum " + o.peildatum());
        matrix(wb.newWorksheet("Matrix"), o);
        landelijk(wb.newWorksheet("Landelijk beeld"), o);
        rivm(wb.newWorksheet("RIVM"), o);
        Worksheet ongeldig = wb.newWorksheet("Ongeldig");
        kop(ongeldig, List.of("bestand", "fout"));
        int r = 1;
        for (var b : o.ongeldig()) {
            for (String f : b.fouten()) {
                ongeldig.value(r, 0, b.bestand());
                ongeldig.value(r++, 1, f);
            }
        }
        wb.finish();
        uit.write(Zipnormalisatie.vast(werkmap.toByteArray(), o.peildatum()));
    }

    private static void matrix(Worksheet ws, Overzicht o) {
        ws.value(0, 0, "regio");
        ws.value(0, 1, "naam");
        ws.value(0, 2, "gemeenten");
        for (int k = 0; k < o.kolommen().size(); k++) {
            ws.value(0, VAST + k, o.kolommen().get(k).sleutel());
        }
        ws.range(0, 0, 0, VAST + o.kolommen().size() - 1).style().bold().set();
        for (int i = 0; i < o.rijen().size(); i++) {
            Rij r = o.rijen().get(i);
            ws.value(i + 1, 0, r.regio());
            ws.value(i + 1, 1, r.naam());
            ws.value(i + 1, 2, r.gemeenten());
            for (int k = 0; k < o.kolommen().size(); k++) {
                Kolom kol = o.kolommen().get(k);
                var cel = r.cel(kol).orElse(null);
                if (cel != null) {
                    // "7 van 9", not 7/9: a spreadsheet would read that as a date
                    ws.value(i + 1, VAST + k, kol.perGemeente() && cel.vanToepassing() > 0
                            ? Tekens.teken(cel.status()) + " " + cel.voldaan() + " van " + cel.vanToepassing()
                            : Tekens.teken(cel.status()) + " " + cel.status().label());
                    ws.style(i + 1, VAST + k).fillColor(kleur(cel.status())).set();
                }
            }
        }
        int onder = o.rijen().size() + 1;
        totaalrij(ws, onder, "voldaan", o, t -> t.aantal(Status.VOLDAAN));
        totaalrij(ws, onder + 1, "van toepassing", o, Totaal::vanToepassing);
        ws.freezePane(VAST, 1);
        ws.width(1, 28);
    }

    private static void totaalrij(Worksheet ws, int r, String label, Overzicht o, java.util.function.ToIntFunction<Totaal> waarde) {
        ws.value(r, 0, "totaal " + label);
        ws.style(r, 0).bold().set();
        for (int k = 0; k < o.kolommen().size(); k++) {
            ws.value(r, VAST + k, waarde.applyAsInt(o.totaal(o.kolommen().get(k))));
        }
    }

    private static void landelijk(Worksheet ws, Overzicht o) {
        List<Status> statussen = List.of(Status.VOLDAAN, Status.NIET_VOLDAAN, Status.OPEN, Status.ONBEKEND, Status.GEBLOKKEERD_LANDELIJK,
                Status.NIET_VAN_TOEPASSING);
        List<String> koppen = new java.util.ArrayList<>(List.of("kolom", "criterium", "titel", "eenheid", "van toepassing"));
        statussen.forEach(s -> koppen.add(s.label()));
        statussen.forEach(s -> koppen.add("% " + s.label()));
        kop(ws, koppen);
        for (int i = 0; i < o.kolommen().size(); i++) {
            Kolom k = o.kolommen().get(i);
            Totaal t = o.totaal(k);
            ws.value(i + 1, 0, k.sleutel());
            ws.value(i + 1, 1, k.id());
            ws.value(i + 1, 2, k.criterium().titel());
            ws.value(i + 1, 3, k.eenheid());
            ws.value(i + 1, 4, t.vanToepassing());
            for (int s = 0; s < statussen.size(); s++) {
                ws.value(i + 1, 5 + s, t.aantal(statussen.get(s)));
                if (statussen.get(s) != Status.NIET_VAN_TOEPASSING) {
                    ws.value(i + 1, 5 + statussen.size() + s, Math.round(t.aandeel(statussen.get(s)) * 10) / 10.0);
                }
            }
        }
        ws.setAutoFilter(0, 0, koppen.size() - 1);
        ws.width(2, 50);
    }

    private static void rivm(Worksheet ws, Overzicht o) {
        List<String> koppen = new java.util.ArrayList<>(List.of("ketenaanpak", "stap", "titel", "grondslag", "RIVM %", "RIVM aantal", "RIVM N",
                "set %", "set gezet", "set grondslag", "set onbekend"));
        o.rijen().forEach(r -> koppen.add(r.regio() + " %"));
        kop(ws, koppen);
        for (int i = 0; i < o.vergelijkingen().size(); i++) {
            Vergelijking v = o.vergelijkingen().get(i);
            int r = i + 1;
            ws.value(r, 0, v.ketenaanpak());
            ws.value(r, 1, v.id());
            ws.value(r, 2, v.titel());
            ws.value(r, 3, v.basis().label());
            if (v.rivm() != null) {
                ws.value(r, 4, v.rivm().percentage());
                ws.value(r, 5, v.rivm().aantal());
                ws.value(r, 6, v.rivm().basis());
            }
            procent(ws, r, 7, v.set().percentage());
            ws.value(r, 8, v.set().gezet());
            ws.value(r, 9, v.set().basis());
            ws.value(r, 10, v.set().onbekend());
            for (int j = 0; j < o.rijen().size(); j++) {
                procent(ws, r, 11 + j, v.perRegio().get(o.rijen().get(j).regio()).percentage());
            }
        }
        ws.freezePane(2, 1);
        ws.setAutoFilter(0, 0, koppen.size() - 1);
        ws.width(2, 50);
    }

    private static void procent(Worksheet ws, int r, int k, Double p) {
        if (p != null) {
            ws.value(r, k, Math.round(p * 10) / 10.0);
        }
    }

    private static void kop(Worksheet ws, List<String> koppen) {
        for (int k = 0; k < koppen.size(); k++) {
            ws.value(0, k, koppen.get(k));
            ws.style(0, k).bold().set();
        }
        ws.freezePane(0, 1);
    }

    /** The same colours as the HTML overview (fill, RGB). */
    private static String kleur(Status s) {
        return switch (s) {
            case VOLDAAN -> "D8EFDC";
            case NIET_VOLDAAN -> "F8D7DA";
            case OPEN -> "D3ECF5";
            case ONBEKEND -> "FFF3CD";
            case GEBLOKKEERD_LANDELIJK -> "E2E3E5";
            default -> "F6F6F6";
        };
    }
}
