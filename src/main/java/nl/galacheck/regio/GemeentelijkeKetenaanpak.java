package nl.galacheck.regio;

import java.time.LocalDate;

/**
 * What one municipality does for one ketenaanpak, from {@code gemeenten[].ketenaanpakken.<ketenaanpak>}.
 * Present for every municipality and all five ketenaanpakken.
 *
 * @param gestart   when the municipality started the ketenaanpak (K13a)
 * @param gepland   the start the regional phasing plans for it: the deadline of K13b, which has none of its own
 * @param toegangVia the municipality whose offer its inhabitants use (K13b), as a code in {@code waarde}
 * @param specifiek the ketenaanpak-specific facts by key (see {@link #specifiek(String)})
 * @param bereik    valpreventie only: the reach per year (VP.3, VP.4); {@code specifiek("bereik")} says whether the file gives it
 */
public record GemeentelijkeKetenaanpak(String regio, String gemeente, String gemeenteNaam, String ketenaanpak,
                                       Herkomst herkomst,
                                       Feit gestart,
                                       LocalDate gepland,
                                       Feit lokalePlannen,
                                       Feit inkoopNietZvw,
                                       Feit eigenAanbod,
                                       Feit toegangVia,
                                       Feit toegankelijk,
                                       Feit monitoringAangeleverd,
                                       java.util.Map<String, Feit> specifiek,
                                       java.util.List<Bereik> bereik,
                                       java.util.Map<String, Feit> stappen) {

    public GemeentelijkeKetenaanpak {
        // in the order read: what iterates them (the started-derivation's citation) must give the same bytes every run
        specifiek = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(specifiek));
        bereik = java.util.List.copyOf(bereik);
        stappen = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stappen));
    }
    /**
     * Whether the municipality started the ketenaanpak, as the RIVM monitor defines it (RIVM 2026-0060,
     * r. 986–995): the file's {@code gestart} when it says so; else for Kansrijke Start a local or regional
     * coalition (fn 13), for the others at least one process step set (the earliest date counts). Steps
     * all "nee" mean not started; no steps and no {@code gestart} mean unknown.
     */
    public Feit gestartVolgensRivm() {
        if (!gestart.isAfwezig()) {
            return gestart;
        }
        if (ketenaanpak.equals("kansrijke-start")) {
            Feit coalitie = specifiek("coalitie");
            return coalitie.isAfwezig() ? gestart : afgeleid(coalitie.isJa(), coalitie.datum(), coalitie.herkomst(),
                    "afgeleid uit de coalitie (" + coalitie.waarde() + ")");
        }
        java.util.List<Feit> gezet = stappen.values().stream().filter(Feit::isJa).toList();
        if (!gezet.isEmpty()) {
            // the step with the earliest date is the evidence (its date counts); undated ones after, in catalogue order
            Feit eerste = gezet.stream().min(java.util.Comparator.comparing(Feit::datum,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).orElseThrow();
            return afgeleid(true, eerste.datum(), eerste.herkomst(), "afgeleid: " + gezet.size() + " processtap(pen) gezet");
        }
        boolean ietsNee = stappen.values().stream().anyMatch(Feit::isNee);
        return ietsNee ? afgeleid(false, null, gestart.herkomst(), "afgeleid: geen processtap gezet") : gestart;
    }

    private Feit afgeleid(boolean ja, java.time.LocalDate datum, Herkomst waar, String toelichting) {
        return new Feit(waar, ja ? Feit.Stand.JA : Feit.Stand.NEE, datum, null, null, toelichting, java.util.List.of());
    }

    /**
     * A RIVM process step of this municipality ({@code gemeenten[].ketenaanpakken.<ketenaanpak>.stappen}); a step
     * that shares the fact of a GALA criterion is read there (catalogue {@code zelfde_feit_als}, {@code regels.Stap#in}).
     */
    public Feit stap(String sleutel) {
        Feit f = stappen.get(sleutel);
        if (f == null) {
            throw new IllegalArgumentException("ketenaanpak " + ketenaanpak + " heeft geen gemeentelijke stap '" + sleutel + "'");
        }
        return f;
    }


    /**
     * A ketenaanpak-specific fact: the keys of {@code gemeenten[].ketenaanpakken.<ketenaanpak>} in the
     * region format (e.g. {@code aanbod}, {@code centrale_zorgverlener}), and for sub-keys
     * {@code spuk_coordinatie.met} and {@code coalitie.partners}. Asking for a key this ketenaanpak does
     * not have is a rule error, never a silent "absent".
     */
    public Feit specifiek(String sleutel) {
        Feit f = specifiek.get(sleutel);
        if (f == null) {
            throw new IllegalArgumentException("ketenaanpak " + ketenaanpak + " heeft geen gemeentelijke sleutel '" + sleutel
                    + "' (wel: " + new java.util.TreeSet<>(specifiek.keySet()) + ")");
        }
        return f;
    }

    /** "GM9901 Noordhaven", the way findings name a municipality. */
    public String label() {
        return gemeenteNaam == null ? gemeente : gemeente + " " + gemeenteNaam;
    }
}
