package nl.galacheck.regio;

/**
 * A municipality of a region, by CBS code (GM0363).
 *
 * @param gedeeldMet            other regions (codes) this municipality also belongs to, as the file declares
 * @param inkoopAfgestemd       B5.3: purchasing and local plans aligned with the regional agreements
 * @param monitoringAangeleverd B6.1: the years for which monitoring data were delivered
 * @param spukOnderdelen        the SPUK parts the municipality applied for (GALA §4A); [] = no SPUK application
 */
public record Gemeente(String regio, String code, String naam, Herkomst herkomst,
                       java.util.List<String> gedeeldMet, Feit inkoopAfgestemd, Feit monitoringAangeleverd,
                       Feit spukOnderdelen) {

    public Gemeente {
        gedeeldMet = gedeeldMet == null ? java.util.List.of() : java.util.List.copyOf(gedeeldMet);
    }

    /** "GM9901 Noordhaven", the way findings name a municipality. */
    public String label() {
        return naam == null ? code : code + " " + naam;
    }
}
