package nl.galacheck.regio;

/**
 * A municipality of a region, by CBS code (GM0363).
 *
 * @param inkoopAfgestemd       B5.3: purchasing and local plans aligned with the regional agreements
 * @param monitoringAangeleverd B6.1: the years for which monitoring data were delivered
 */
public record Gemeente(String regio, String code, String naam, Integer inwoners, Herkomst herkomst,
                       Feit inkoopAfgestemd, Feit monitoringAangeleverd) {

    /** "GM9901 Noordhaven", the way findings name a municipality. */
    public String label() {
        return naam == null ? code : code + " " + naam;
    }
}
