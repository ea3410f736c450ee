package nl.galacheck.rapport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Every finding as one row, separated by semicolons and with a UTF-8 byte-order mark, so Dutch Excel opens it
 * right. After the findings, an empty line and the provenance, one "verantwoording" row per item, so the
 * header stays the first row for filters and imports.
 */
final class CsvRenderer implements Renderer {

    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");

    private final CsvMapper mapper = new CsvMapper();

    @Override
    public String naam() {
        return "csv";
    }

    @Override
    public String extensie() {
        return "csv";
    }

    @Override
    public void schrijf(Rapport rapport, OutputStream uit) throws IOException {
        List<String[]> rijen = new ArrayList<>();
        rijen.add(Bevindingentabel.KOLOMMEN.toArray(String[]::new));
        for (List<Object> rij : Bevindingentabel.rijen(rapport.toetsing())) {
            rijen.add(rij.stream().map(Bevindingentabel::tekst).map(Spreadsheetcel::veilig).toArray(String[]::new));
        }
        rijen.add(new String[0]);
        Verantwoordingsregels.van(rapport).forEach(r -> rijen.add(new String[] {"verantwoording", r[0], r[1]}));
        uit.write(("\uFEFF" + mapper.writer(SCHEMA).writeValueAsString(rijen)).getBytes(StandardCharsets.UTF_8));
    }
}
