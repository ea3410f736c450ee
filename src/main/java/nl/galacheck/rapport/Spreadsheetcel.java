package nl.galacheck.rapport;

/**
 * A text cell for a CSV file that a spreadsheet opens: a value from a region file that begins like a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return) gets a leading apostrophe, so Excel or
 * LibreOffice shows it as text instead of running it (OWASP "CSV injection").
 */
public final class Spreadsheetcel {

    private Spreadsheetcel() {
    }

    public static String veilig(String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return waarde;
        }
        char eerste = waarde.charAt(0);
        // a lone "-" (no value) or a negative number is no formula
        if (eerste == '-' && (waarde.length() == 1 || waarde.substring(1).matches("\\d+([.,]\\d+)?"))) {
            return waarde;
        }
        return "=+-@\t\r".indexOf(eerste) >= 0 ? "'" + waarde : waarde;
    }
}
