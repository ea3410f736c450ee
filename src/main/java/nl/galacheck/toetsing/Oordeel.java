package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.galacheck.regels.LandelijkeVoorwaarde;
import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Herkomst;

/**
 * A rule's verdict on one criterion for one subject, with the facts it rests on. Rules insert
 * these, made by {@link Oordelen} (one readable line per rule consequence); the engine weighs and combines them.
 *
 * @param datum   when it was met (for lateness), if known
 * @param termijn a subject-specific deadline (an agreement's own deadline), overriding the catalogue
 * @param reden   plain Dutch: why this verdict
 * @param feiten  where in the file the verdict rests (absent facts point at where they belong)
 * @param bewijs  the evidence documents the file names for the facts used
 * @param herstel "wat is nodig" when it differs from the catalogue's (a blocked verdict: the national state), else null
 */
public record Oordeel(String criterium, Onderwerp onderwerp, Uitkomst uitkomst, LocalDate datum, LocalDate termijn,
                      String reden, List<Herkomst> feiten, List<String> bewijs, String herstel) {

    /** A verdict whose "wat is nodig" is the catalogue's. */
    public Oordeel(String criterium, Onderwerp onderwerp, Uitkomst uitkomst, LocalDate datum, LocalDate termijn,
                   String reden, List<Herkomst> feiten, List<String> bewijs) {
        this(criterium, onderwerp, uitkomst, datum, termijn, reden, feiten, bewijs, null);
    }

    public Oordeel {
        Objects.requireNonNull(criterium);
        Objects.requireNonNull(onderwerp);
        Objects.requireNonNull(uitkomst);
        feiten = List.copyOf(feiten);
        bewijs = List.copyOf(bewijs);
    }

    /**
     * A regional criterion the parties cannot meet because national preconditions are missing: not a
     * regional gap. Names what is missing.
     */
    public static Oordeel geblokkeerd(String criterium, Onderwerp onderwerp, Peildatum peildatum, List<LandelijkeVoorwaarde> ontbrekend) {
        String wat = ontbrekend.stream().sorted(Comparator.comparing(LandelijkeVoorwaarde::criterium))
                .map(v -> v.omschrijving(peildatum.datum())).collect(Collectors.joining("; "));
        return new Oordeel(criterium, onderwerp, Uitkomst.GEBLOKKEERD_LANDELIJK, null, null,
                "landelijk geblokkeerd, geen regionaal tekort: " + wat,
                ontbrekend.stream().map(LandelijkeVoorwaarde::herkomst).distinct().toList(),
                ontbrekend.stream().map(LandelijkeVoorwaarde::bron).filter(Objects::nonNull).distinct().toList());
    }

    /** The same verdict, noting the national preconditions it rests on that are unknown. */
    public Oordeel metLandelijkOnbekend(List<LandelijkeVoorwaarde> onbekend) {
        if (onbekend.isEmpty()) {
            return this;
        }
        return metReden(reden + "; let op, landelijk: " + onbekend.stream().sorted(Comparator.comparing(LandelijkeVoorwaarde::criterium))
                .map(v -> v.naam() + ": onbekend").collect(Collectors.joining("; ")));
    }

    /** The same verdict with a deadline of its own (an agreement's deadline, a year's deadline). */
    public Oordeel metTermijn(LocalDate eigenTermijn) {
        return new Oordeel(criterium, onderwerp, uitkomst, datum, eigenTermijn, reden, feiten, bewijs, herstel);
    }

    public Oordeel metReden(String nieuweReden) {
        return new Oordeel(criterium, onderwerp, uitkomst, datum, termijn, nieuweReden, feiten, bewijs, herstel);
    }

    /** The same verdict, resting also on {@code extra}. */
    public Oordeel metFeiten(Feit... extra) {
        List<Herkomst> h = new ArrayList<>(Oordelen.herkomsten(Arrays.asList(extra)));
        h.addAll(feiten);
        List<String> b = new ArrayList<>(bewijs);
        Oordelen.bronnen(Arrays.asList(extra)).stream().filter(x -> !b.contains(x)).forEach(b::add);
        return new Oordeel(criterium, onderwerp, uitkomst, datum, termijn, reden, h.stream().distinct().toList(), b, herstel);
    }
}
