package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.galacheck.regels.LandelijkeVoorwaarde;
import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Herkomst;

/**
 * The verdicts rules make from facts, one readable line per rule consequence: met when the facts say so,
 * not met, unknown when the file is silent; each with the reason in plain Dutch and the facts it rests on.
 */
public final class Oordelen {

    private Oordelen() {
    }

    /**
     * Met when every fact is met on or before the peildatum: any "nee" or a fact dated after the
     * peildatum makes it not met; otherwise any absent fact makes it unknown. The date is the latest
     * date among the facts.
     */
    public static Oordeel volgens(String criterium, Onderwerp onderwerp, Peildatum peildatum, Feit... feiten) {
        List<Feit> lijst = Arrays.asList(feiten);
        LocalDate p = peildatum.datum();
        List<Feit> nee = lijst.stream().filter(f -> f.isNee() || f.isNaPeildatum(p)).toList();
        if (!nee.isEmpty()) {
            return new Oordeel(criterium, onderwerp, Uitkomst.NIET_VOLDAAN, null, null,
                    nee.stream().map(f -> beschrijf(f, p)).collect(Collectors.joining("; ")), herkomsten(lijst), bronnen(lijst));
        }
        List<Feit> afwezig = lijst.stream().filter(Feit::isAfwezig).toList();
        if (!afwezig.isEmpty()) {
            return new Oordeel(criterium, onderwerp, Uitkomst.ONBEKEND, null, null,
                    afwezig.stream().map(f -> beschrijf(f, p)).collect(Collectors.joining("; ")), herkomsten(lijst), bronnen(lijst));
        }
        return new Oordeel(criterium, onderwerp, Uitkomst.VOLDAAN, laatsteDatum(lijst), null,
                lijst.stream().map(f -> beschrijf(f, p)).collect(Collectors.joining("; ")), herkomsten(lijst), bronnen(lijst));
    }

    /**
     * Met when the list fact {@code lijst} holds every required value and {@code document} (whose
     * date counts) is met; each missing value is named.
     */
    public static Oordeel bevat(String criterium, Onderwerp onderwerp, Peildatum peildatum, Feit lijst, Feit document,
                                String... vereist) {
        if (lijst.isAfwezig() || lijst.isNee()) {
            return volgens(criterium, onderwerp, peildatum, lijst, document);
        }
        List<String> ontbreekt = Arrays.stream(vereist).filter(v -> !lijst.bevat(v)).toList();
        if (!ontbreekt.isEmpty()) {
            return nietVoldaan(criterium, onderwerp, "`" + lijst.pad() + "` mist: " + String.join(", ", ontbreekt), lijst, document);
        }
        return volgens(criterium, onderwerp, peildatum, document)
                .metFeiten(lijst)
                .metReden("`" + lijst.pad() + "` bevat " + String.join(", ", vereist) + "; "
                        + beschrijf(document, peildatum.datum()));
    }

    /**
     * For a yearly duty: met when the list of years {@code jaren} holds {@code jaar} (and that item,
     * if dated, is dated on or before the peildatum).
     */
    public static Oordeel jaar(String criterium, Onderwerp onderwerp, Peildatum peildatum, Feit jaren, int jaar) {
        Onderwerp perJaar = onderwerp.metJaar(jaar);
        if (jaren.isAfwezig()) {
            return onbekend(criterium, perJaar, "`" + jaren.pad() + "` ontbreekt: het bestand zegt niet over welke jaren is aangeleverd", jaren);
        }
        if (!jaren.bevat(String.valueOf(jaar))) {
            return nietVoldaan(criterium, perJaar, "`" + jaren.pad() + "` noemt " + jaar + " niet", jaren);
        }
        return volgens(criterium, perJaar, peildatum, jaren.element(String.valueOf(jaar)));
    }

    /** A national precondition (K01–K07) as a verdict: present, missing or unknown per rules/landelijk.yaml. */
    public static Oordeel landelijk(String criterium, Onderwerp onderwerp, Peildatum peildatum, LandelijkeVoorwaarde v) {
        LocalDate p = peildatum.datum();
        // a toelichting is a sentence; findings append to the reason with "; ", so no full stop at its end
        String reden = v.omschrijving(p) + (v.toelichting() == null ? "" : " — " + v.toelichting().replaceAll("[.\\s]+$", ""));
        Uitkomst uitkomst = v.geldtOp(p) ? Uitkomst.VOLDAAN
                : v.status() == LandelijkeVoorwaarde.Status.ONBEKEND ? Uitkomst.ONBEKEND : Uitkomst.NIET_VOLDAAN;
        return new Oordeel(criterium, onderwerp, uitkomst, uitkomst == Uitkomst.VOLDAAN ? v.datum() : null, null, reden,
                List.of(v.herkomst()), v.bron() == null ? List.of() : List.of(v.bron()));
    }

    /**
     * Met when at least one of the facts is met on the peildatum (the earliest date counts); unknown
     * when none is met and some are absent; else not met. {@code wat} names what is counted.
     */
    public static Oordeel minstensEen(String criterium, Onderwerp onderwerp, Peildatum peildatum, String wat, List<Feit> feiten) {
        LocalDate p = peildatum.datum();
        List<Feit> voldaan = feiten.stream().filter(f -> f.telt(p)).toList();
        long afwezig = feiten.stream().filter(Feit::isAfwezig).count();
        String telling = voldaan.size() + " van " + feiten.size() + " " + wat;
        if (!voldaan.isEmpty()) {
            LocalDate eerste = voldaan.stream().map(Feit::datum).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            return new Oordeel(criterium, onderwerp, Uitkomst.VOLDAAN, eerste, null,
                    telling + (eerste == null ? "" : ", de eerste op " + eerste), herkomsten(voldaan), bronnen(voldaan));
        }
        if (afwezig > 0) {
            return new Oordeel(criterium, onderwerp, Uitkomst.ONBEKEND, null, null,
                    telling + "; van " + afwezig + " zegt het bestand het niet", herkomsten(feiten), List.of());
        }
        return new Oordeel(criterium, onderwerp, Uitkomst.NIET_VOLDAAN, null, null, telling, herkomsten(feiten), List.of());
    }

    public static Oordeel voldaan(String criterium, Onderwerp onderwerp, LocalDate datum, String reden, Feit... feiten) {
        return met(criterium, onderwerp, Uitkomst.VOLDAAN, datum, reden, feiten);
    }

    public static Oordeel nietVoldaan(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return met(criterium, onderwerp, Uitkomst.NIET_VOLDAAN, null, reden, feiten);
    }

    /** Not met, and it will not be met (a stopped agreement): NIET_VOLDAAN at once, not OPEN before the deadline. */
    public static Oordeel wordtNietVoldaan(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return met(criterium, onderwerp, Uitkomst.WORDT_NIET_VOLDAAN, null, reden, feiten);
    }

    public static Oordeel onbekend(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return met(criterium, onderwerp, Uitkomst.ONBEKEND, null, reden, feiten);
    }

    public static Oordeel nietVanToepassing(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return met(criterium, onderwerp, Uitkomst.NIET_VAN_TOEPASSING, null, reden, feiten);
    }

    /** A verdict resting on {@code feiten}: their places and their sources. */
    private static Oordeel met(String criterium, Onderwerp onderwerp, Uitkomst uitkomst, LocalDate datum, String reden, Feit... feiten) {
        List<Feit> lijst = Arrays.asList(feiten);
        return new Oordeel(criterium, onderwerp, uitkomst, datum, null, reden, herkomsten(lijst), bronnen(lijst));
    }

    /** How one fact reads in a reason, relative to the peildatum. */
    public static String beschrijf(Feit f, LocalDate peildatum) {
        String pad = "`" + f.pad() + "`";
        if (f.isAfwezig()) {
            return pad + " ontbreekt: het bestand zegt niet of dit geregeld is";
        }
        if (f.isNee()) {
            return pad + " is nee" + (f.toelichting() == null ? "" : " (" + f.toelichting() + ")");
        }
        if (f.isNaPeildatum(peildatum)) {
            return pad + " dateert van " + f.datum() + ", na de peildatum " + peildatum + ": telt nog niet mee";
        }
        String waarde = f.waarde() != null ? " " + f.waarde() : "";
        String datum = f.datum() != null ? " op " + f.datum() : "";
        return pad + waarde + datum + (waarde.isEmpty() && datum.isEmpty() ? ": ja" : "");
    }

    private static LocalDate laatsteDatum(List<Feit> feiten) {
        return feiten.stream().map(Feit::datum).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    static List<Herkomst> herkomsten(List<Feit> feiten) {
        return feiten.stream().map(Feit::herkomst).distinct().toList();
    }

    static List<String> bronnen(List<Feit> feiten) {
        return feiten.stream().map(Feit::bron).filter(Objects::nonNull).distinct().toList();
    }
}
