package nl.galacheck.invoer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in another notation than JJJJ-MM-DD (3-7-2023, 3 juli 2023, 2023/07/03, 07/03/2023):
 * the region format has one notation, and a date in any other form is rejected with the ISO form it
 * probably means, never read as "met, date unknown".
 */
final class Datumnotatie {

    /** The one notation: a date, nothing around it. */
    static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Map<String, Integer> MAANDEN = maanden();
    private static final String MAAND = "(" + String.join("|", MAANDEN.keySet()) + ")\\.?";
    private static final String GRENS_VOOR = "(?<![\\d/.-])";
    private static final String GRENS_NA = "(?![\\d/-]|\\.\\d)";

    private static final Pattern JMD = Pattern.compile(GRENS_VOOR + "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + GRENS_NA);
    private static final Pattern DMJ = Pattern.compile(GRENS_VOOR + "(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})" + GRENS_NA);
    private static final Pattern D_MAAND_J = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\s+" + MAAND + "\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MAAND_D_J = Pattern.compile("(?<![\\p{L}\\d])" + MAAND + "\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MAAND_J = Pattern.compile("\\s*" + MAAND + "\\s+(\\d{4})\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Datumnotatie() {
    }

    /** A date found in a text: as written, and the ISO date(s) it can mean (two when day and month may swap). */
    record Gevonden(String geschreven, List<LocalDate> bedoeld) {

        /** "2023-07-03", or "2023-03-07 of 2023-07-03". */
        String iso() {
            return String.join(" of ", bedoeld.stream().map(LocalDate::toString).toList());
        }
    }

    /** Whether the whole value is a date in the one notation. */
    /** A period where a day belongs ("Q3 2024", "medio 2023", "voorjaar 2024") or a year in two digits ("1 juli '23"). */
    private static final Pattern PERIODE = Pattern.compile("(?<![\\p{L}\\d])((q[1-4]|[1-4]e\\s+kwartaal|(eerste|tweede|derde|vierde|laatste)\\s+kwartaal"
            + "|kwartaal\\s+[1-4]|voorjaar|najaar|zomer|winter|lente|herfst|medio|midden|eind|einde|begin|halverwege|rond|omstreeks)"
            + "\\s+(\\d{4}|'\\d{2})|(\\d{1,2}\\s+)?" + MAAND + "\\s+'\\d{2})(?![\\d\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The words that name a period or a date with a two-digit year, if the text has them: such a value
     * carries a date that cannot be read as one day, so it is an input error, never a title.
     */
    static Optional<String> periode(String tekst) {
        java.util.regex.Matcher m = PERIODE.matcher(tekst);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isIso(String tekst) {
        return ISO.matcher(tekst).matches();
    }

    /** The first date in {@code tekst}, in any notation (ISO included), if it holds one. */
    static Optional<Gevonden> zoek(String tekst) {
        Matcher m = JMD.matcher(tekst);
        if (m.find()) {
            return gevonden(m.group(), datums(m.group(1), m.group(3), m.group(4)));
        }
        m = DMJ.matcher(tekst);
        if (m.find()) {
            String jaar = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            Set<LocalDate> mogelijk = new LinkedHashSet<>();
            // with a slash the month may come first (07/03/2023); with - or . it is Dutch: day first
            if (m.group(2).equals("/")) {
                mogelijk.addAll(datums(jaar, m.group(1), m.group(3)));
            }
            mogelijk.addAll(datums(jaar, m.group(3), m.group(1)));
            return gevonden(m.group(), List.copyOf(mogelijk));
        }
        m = D_MAAND_J.matcher(tekst);
        if (m.find()) {
            return gevonden(m.group(), datums(m.group(3), maand(m.group(2)), m.group(1)));
        }
        m = MAAND_D_J.matcher(tekst);
        if (m.find()) {
            return gevonden(m.group(), datums(m.group(3), maand(m.group(1)), m.group(2)));
        }
        return Optional.empty();
    }

    /** A whole value that names only a month ("juli 2023"): a date needs its day. */
    static Optional<String> alleenMaand(String tekst) {
        Matcher m = MAAND_J.matcher(tekst);
        return m.matches() ? Optional.of(m.group(2) + "-" + String.format("%02d", Integer.parseInt(maand(m.group(1))))) : Optional.empty();
    }

    private static Optional<Gevonden> gevonden(String geschreven, List<LocalDate> bedoeld) {
        return Optional.of(new Gevonden(geschreven.trim(), bedoeld.stream().sorted().toList()));
    }

    private static List<LocalDate> datums(String jaar, String maand, String dag) {
        List<LocalDate> l = new ArrayList<>();
        try {
            l.add(LocalDate.of(Integer.parseInt(jaar), Integer.parseInt(maand), Integer.parseInt(dag)));
        } catch (DateTimeException | NumberFormatException e) {
            // no such date: the caller still reports the notation, without a suggestion
        }
        return l;
    }

    private static String maand(String naam) {
        return String.valueOf(MAANDEN.get(naam.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    private static Map<String, Integer> maanden() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        String[][] namen = {
                {"januari", "january", "jan"}, {"februari", "february", "feb"}, {"maart", "march", "mrt", "mar"},
                {"april", "apr"}, {"mei", "may"}, {"juni", "june", "jun"}, {"juli", "july", "jul"},
                {"augustus", "august", "aug"}, {"september", "sept", "sep"}, {"oktober", "october", "okt", "oct"},
                {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < namen.length; i++) {
            for (String n : namen[i]) {
                m.put(n, i + 1);
            }
        }
        return m;
    }

    /**
     * A schema pattern (ECMA-262) for a text that holds a date in another notation than a lone
     * JJJJ-MM-DD, or only a month: the same as {@link #zoek} and {@link #alleenMaand}.
     */
    static String schemapatroon() {
        String maand = "(" + MAANDEN.keySet().stream().map(Antwoord::zonderHoofdletters).collect(java.util.stream.Collectors.joining("|")) + ")\\.?";
        return "(^|[^0-9/.-])([0-9]{4}([-/.])[0-9]{1,2}\\3[0-9]{1,2}|[0-9]{1,2}([-/.])[0-9]{1,2}\\4([0-9]{4}|[0-9]{2}))([^0-9/-]|$)"
                + "|(^|[^A-Za-z0-9])[0-9]{1,2}\\s+" + maand + "\\s+[0-9]{4}"
                + "|(^|[^A-Za-z0-9])" + maand + "\\s+[0-9]{1,2},?\\s+[0-9]{4}"
                + "|^\\s*" + maand + "\\s+[0-9]{4}\\s*$";
    }
}
