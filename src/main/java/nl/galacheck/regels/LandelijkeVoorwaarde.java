package nl.galacheck.regels;

import java.time.LocalDate;
import java.util.List;

/**
 * One national precondition (K01–K07) for one ketenaanpak, from rules/landelijk.yaml: a fact about
 * the country, not a duty of the region. Inserted into every session.
 *
 * @param criterium the catalogue id it answers (K02 for the ZiNL duiding, …)
 * @param titel     that criterion's title, for findings
 * @param status    aanwezig, geen or onbekend
 * @param datum     since when it exists, if known
 * @param jaren     for funding: the years it covers (other years count as geen)
 * @param structureel funding that continues after the last of {@code jaren} (GALA §4A, "structureel")
 */
public record LandelijkeVoorwaarde(String ketenaanpak, String criterium, String titel, Status status, LocalDate datum,
                                   List<Integer> jaren, boolean structureel, String bron, String brontekst,
                                   String toelichting, nl.galacheck.regio.Herkomst herkomst) {

    public LandelijkeVoorwaarde {
        jaren = jaren == null ? List.of() : List.copyOf(jaren);
    }

    public enum Status { AANWEZIG, GEEN, ONBEKEND }

    /** Whether it stands on the peildatum: present, not dated later, and covering the peildatum's year. */
    public boolean geldtOp(LocalDate peildatum) {
        return status == Status.AANWEZIG && (datum == null || !datum.isAfter(peildatum)) && dektJaar(peildatum.getYear());
    }

    /**
     * Whether it existed, by {@code peil}, in at least one of {@code jaren} (the years a municipality
     * requested SPUK money; empty: every year the money existed). Money that existed in 2023–2025
     * keeps a criterion judged in 2026 answerable for those years.
     */
    public boolean bestondIn(List<Integer> gevraagd, LocalDate peil) {
        if (status != Status.AANWEZIG || (datum != null && datum.isAfter(peil))) {
            return false;
        }
        List<Integer> kandidaten = gevraagd.isEmpty() ? jaren : gevraagd;
        if (kandidaten.isEmpty()) {
            return geldtOp(peil);
        }
        return kandidaten.stream().anyMatch(j -> j <= peil.getYear() && dektJaar(j));
    }

    private boolean dektJaar(int jaar) {
        return jaren.isEmpty() || jaren.contains(jaar) || (structureel && jaar >= java.util.Collections.max(jaren));
    }

    /** Whether it is missing on the peildatum (known to be absent, not merely unknown). */
    public boolean ontbreektOp(LocalDate peildatum) {
        return status == Status.GEEN || (status == Status.AANWEZIG && !geldtOp(peildatum));
    }

    /** How it reads in a finding: "ZiNL-duiding (K02): geen". */
    public String omschrijving(LocalDate peildatum) {
        String stand = switch (status) {
            case GEEN -> "ontbreekt";
            case ONBEKEND -> "onbekend";
            case AANWEZIG -> geldtOp(peildatum) ? "aanwezig" + (datum == null ? "" : " sinds " + datum)
                    : datum != null && datum.isAfter(peildatum) ? "pas vanaf " + datum
                    : "niet voor " + peildatum.getYear() + " (alleen " + jaren + ")";
        };
        return naam() + ": " + stand;
    }

    /** "K02 duiding door het Zorginstituut …": id and title, as findings name it. */
    public String naam() {
        return criterium + " " + titel.substring(0, 1).toLowerCase() + titel.substring(1);
    }
}
