package nl.galacheck.rapport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The spreadsheet (fastexcel): a sheet "Bevindingen" with every finding, an autofilter and a frozen header; a sheet
 * "Tellingen" with the counts per bouwsteen and ketenaanpak; a sheet "Verantwoording". Dates are real dates,
 * days are numbers, so a policy officer can sort and filter.
 */
final class XlsxRenderer implements Renderer {

    @Override
    public String naam() {
        return "xlsx";
    }

    @Override
    public String extensie() {
        return "xlsx";
    }

    @Override
    public boolean isBinair() {
        return true;
    }

    @Override
    public void schrijf(Rapport rapport, OutputStream uit) throws IOException {
        ByteArrayOutputStream werkmap = new ByteArrayOutputStream();
        Workbook wb = new Workbook(werkmap, "galacheck", null);
        wb.properties().setTitle("galacheck — toetsing aan het GALA, peildatum " + rapport.toetsing().peildatum());
        blad(wb.newWorksheet("Bevindingen"), Bevindingentabel.KOLOMMEN, Bevindingentabel.rijen(rapport.toetsing()));
        blad(wb.newWorksheet("Tellingen"), Bevindingentabel.TELKOLOMMEN, Bevindingentabel.telrijen(rapport.toetsing()));
        Worksheet v = wb.newWorksheet("Verantwoording");
        List<String[]> regels = Verantwoordingsregels.van(rapport);
        for (int i = 0; i < regels.size(); i++) {
            v.value(i, 0, regels.get(i)[0]);
            v.value(i, 1, regels.get(i)[1]);
        }
        v.width(0, 30);
        v.width(1, 70);
        wb.finish();
        uit.write(Zipnormalisatie.vast(werkmap.toByteArray(), rapport.toetsing().peildatum()));
    }

    private static void blad(Worksheet ws, List<String> kolommen, List<List<Object>> rijen) {
        for (int k = 0; k < kolommen.size(); k++) {
            ws.value(0, k, kolommen.get(k));
            ws.style(0, k).bold().set();
        }
        for (int r = 0; r < rijen.size(); r++) {
            List<Object> rij = rijen.get(r);
            for (int k = 0; k < rij.size(); k++) {
                Object cel = rij.get(k);
                if (cel instanceof Number n) {
                    ws.value(r + 1, k, n);
                } else if (cel instanceof LocalDate d) {
                    ws.value(r + 1, k, d);
                    ws.style(r + 1, k).format("yyyy-mm-dd").set();
                } else if (cel != null) {
                    ws.value(r + 1, k, cel.toString());
                }
            }
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, kolommen.size() - 1);
        for (int k = 0; k < kolommen.size(); k++) {
            ws.width(k, Math.max(10, Math.min(60, kolommen.get(k).length() + 4)));
        }
    }
}
