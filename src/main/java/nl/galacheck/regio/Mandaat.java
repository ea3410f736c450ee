package nl.galacheck.regio;

/**
 * Bouwsteen 1: the regional mandate structure (GALA §3G-I.1 and Bijlage 2, mandaatstructuur).
 * Sub-facts without a date of their own carry the date of {@code vastgesteld}.
 */
public record Mandaat(String regio, Herkomst herkomst,
                      Feit vastgesteld,
                      Feit gemandateerdeGemeente,
                      Feit zorgverzekeraarCoordinerend,
                      Feit zorgverzekeraarMandaat,
                      Feit bevoegdheden,
                      Feit bevoegdhedenBestuurlijk,
                      Feit bevoegdhedenAmbtelijk,
                      Feit financieleRegeling,
                      Feit bekendgemaakt,
                      Feit machtigingen,
                      Feit aanspreekpuntAmbtelijk,
                      Feit aanspreekpuntBestuurlijk) {
}
