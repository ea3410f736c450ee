package nl.galacheck.regio;

/**
 * What the region agreed about one ketenaanpak (GALA §3G onderdeel II, randvoorwaarden 4–14), from
 * {@code ketenaanpakken.<ketenaanpak>} in the region file. Present for all five ketenaanpakken; a
 * ketenaanpak the file does not mention has only absent facts.
 *
 * @param samenwerkingsafspraken     K09, with {@code startendeGemeenten} (the municipalities that start)
 * @param inkoopbeleidZorgverzekeraar K10a, with {@code regionaleAfsprakenVertaald}
 */
public record Ketenaanpakafspraken(String regio, String ketenaanpak, Herkomst herkomst,
                                   Feit takenVerantwoordelijkheden,
                                   Feit inkoopbeleidAfgestemd,
                                   Feit samenwerkingsafspraken,
                                   Feit startendeGemeenten,
                                   Feit partijen,
                                   Feit basis,
                                   Feit inkoopbeleidZorgverzekeraar,
                                   Feit regionaleAfsprakenVertaald,
                                   Feit inkoopZvw,
                                   Feit contractenVerwijzen,
                                   Feit polisvoorwaarden,
                                   Feit monitoringZorgverzekeraar,
                                   java.util.Map<String, Feit> specifiek,
                                   java.util.Map<String, Feit> stappen) {

    public Ketenaanpakafspraken {
        // in the order read: what iterates them (the started-derivation's citation) must give the same bytes every run
        specifiek = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(specifiek));
        stappen = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stappen));
    }
    /**
     * A RIVM process step at regional level ({@code ketenaanpakken.<ketenaanpak>.stappen}); a step that shares the
     * fact of a GALA criterion is read there (catalogue {@code zelfde_feit_als}, {@code regels.Stap#in}).
     */
    public Feit stap(String sleutel) {
        Feit f = stappen.get(sleutel);
        if (f == null) {
            throw new IllegalArgumentException("ketenaanpak " + ketenaanpak + " heeft geen regionale stap '" + sleutel + "'");
        }
        return f;
    }


    /**
     * A ketenaanpak-specific fact: the keys of {@code ketenaanpakken.<ketenaanpak>} beyond the
     * randvoorwaarden (e.g. {@code doelgroep}, {@code kwaliteitsafspraken}), and {@code regionale_afspraken.partijen}.
     * Asking for a key this ketenaanpak does not have is a rule error, never a silent "absent".
     */
    public Feit specifiek(String sleutel) {
        Feit f = specifiek.get(sleutel);
        if (f == null) {
            throw new IllegalArgumentException("ketenaanpak " + ketenaanpak + " heeft geen regionale sleutel '" + sleutel
                    + "' (wel: " + new java.util.TreeSet<>(specifiek.keySet()) + ")");
        }
        return f;
    }
}
