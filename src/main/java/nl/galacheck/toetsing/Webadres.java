package nl.galacheck.toetsing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web address in a piece of evidence, read as a URL (with or without scheme), so rules compare
 * hosts and never substrings: the name of a site in a path or query is not that site.
 */
public final class Webadres {

    /** A URL with a scheme, or a bare host name with at least one dot and an optional path. */
    private static final Pattern ADRES = Pattern.compile(
            "(?i)\\b(?:https?://\\S+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}(?::\\d+)?(?:[/?#]\\S*)?)");

    private Webadres() {
    }

    /** The host of the first web address in {@code tekst}, in lower case, or null when it holds none. */
    public static String host(String tekst) {
        if (tekst == null) {
            return null;
        }
        Matcher m = ADRES.matcher(tekst.strip());
        if (!m.find()) {
            return null;
        }
        String adres = m.group();
        if (!adres.regionMatches(true, 0, "http", 0, 4)) {
            adres = "https://" + adres;
        }
        try {
            String host = new URI(adres).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Whether {@code host} is {@code domein} itself or a subdomain of it (not a look-alike such as domein.example.org). */
    public static boolean binnen(String host, String domein) {
        return host != null && (host.equals(domein) || host.endsWith("." + domein));
    }
}
