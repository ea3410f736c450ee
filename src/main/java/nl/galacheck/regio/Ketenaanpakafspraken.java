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
                                   Feit monitoringZorgverzekeraar) {
}
