package nl.galacheck.invoer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML parser's English messages in Dutch, with what to do about them. A policy officer fixing a file
 * needs "a quote is not closed", not "while scanning a quoted scalar".
 */
final class Yamlmelding {

    private static final Pattern TEKEN = Pattern.compile("found character '(.+?)' that cannot start any token");

    private Yamlmelding() {
    }

    static String nl(String origineel) {
        String m = origineel == null ? "" : origineel;
        Matcher teken = TEKEN.matcher(m);
        if (teken.find()) {
            String t = teken.group(1).equals("\\t") ? "een tab" : "het teken '" + teken.group(1) + "'";
            return t + " kan geen waarde beginnen; zet de waarde tussen aanhalingstekens";
        }
        if (m.contains("while scanning a quoted scalar")) {
            return "een tekst tussen aanhalingstekens wordt niet afgesloten";
        }
        if (m.contains("while parsing a flow mapping")) {
            return "een object { … } wordt niet goed afgesloten (verwacht ',' of '}')";
        }
        if (m.contains("while parsing a flow sequence")) {
            return "een lijst [ … ] wordt niet goed afgesloten (verwacht ',' of ']')";
        }
        if (m.contains("mapping values are not allowed here")) {
            return "een tweede ': ' op deze regel; zet een waarde met ': ' erin tussen aanhalingstekens, of controleer de inspringing";
        }
        if (m.contains("expected <block end>, but found '-'")) {
            return "een lijstitem ('- ') waar een sleutel verwacht wordt; controleer de inspringing";
        }
        if (m.contains("expected <block end>") || m.contains("while parsing a block")) {
            return "de inspringing klopt niet: deze regel staat anders ingesprongen dan de sleutels ervoor";
        }
        if (m.contains("could not find expected ':'") || m.contains("while scanning a simple key")) {
            return "een regel zonder 'sleutel: waarde' binnen een object";
        }
        if (m.contains("while scanning an anchor") || m.contains("while scanning an alias")) {
            return "een ongeldig anker of alias (& of *); zet de waarde tussen aanhalingstekens";
        }
        if (m.contains("while scanning a block scalar")) {
            return "een tekstblok (| of >) is ongeldig";
        }
        if (m.contains("while scanning a directive") || m.contains("directive")) {
            return "een regel die met % begint is geen geldige YAML-aanwijzing";
        }
        if (m.contains("special characters are not allowed") || m.contains("unacceptable code point")) {
            return "het bestand bevat tekens die YAML niet toestaat (stuurtekens)";
        }
        if (m.contains("unexpected end of stream")) {
            return "het bestand houdt onverwacht op";
        }
        return "de YAML-structuur klopt hier niet (controleer inspringing, dubbele punten en aanhalingstekens)";
    }
}
