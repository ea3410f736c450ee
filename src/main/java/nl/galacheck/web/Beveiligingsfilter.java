package nl.galacheck.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, and the token when the server listens on another address than loopback:
 * {@code Authorization: Bearer TOKEN}, or HTTP Basic with the token as password (so a browser asks for it).
 * The health endpoint stays open: it tells nothing about any region.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Beveiligingsfilter extends OncePerRequestFilter {

    /** No script at all on the page; the API's browsable UI (Swagger UI) loads its own scripts from this server. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final java.util.regex.Pattern SCRIPT = java.util.regex.Pattern.compile("<script>(.*?)</script>", java.util.regex.Pattern.DOTALL);

    private final byte[] token;

    /** The CSP for a page with inline scripts of our own templates: each allowed by its SHA-256, nothing else. */
    static String metScripts(String html) {
        StringBuilder hashes = new StringBuilder();
        java.util.regex.Matcher m = SCRIPT.matcher(html);
        while (m.find()) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.append(" 'sha256-").append(Base64.getEncoder().encodeToString(h)).append('\'');
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return CSP.replace("script-src 'self'", "script-src 'self'" + hashes);
    }

    Beveiligingsfilter(Webinstellingen instellingen) {
        this.token = instellingen.token() == null ? null : instellingen.token().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        antwoord.setHeader("Content-Security-Policy", CSP);
        antwoord.setHeader("X-Content-Type-Options", "nosniff");
        antwoord.setHeader("X-Frame-Options", "DENY");
        antwoord.setHeader("Referrer-Policy", "no-referrer");
        antwoord.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        antwoord.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        antwoord.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // reports are about a region: no cache keeps them
        antwoord.setHeader("Cache-Control", "no-store");
        if (token != null && !verzoek.getRequestURI().equals("/api/health") && !heeftToken(verzoek.getHeader("Authorization"))) {
            antwoord.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            antwoord.setHeader("WWW-Authenticate", "Basic realm=\"galacheck\", charset=\"UTF-8\"");
            antwoord.setContentType("application/json;charset=UTF-8");
            antwoord.getWriter().write("{\"status\":401,\"melding\":\"token ontbreekt of klopt niet: stuur 'Authorization: Bearer TOKEN' "
                    + "(of in de browser: gebruikersnaam leeg, wachtwoord het token)\",\"fouten\":[]}");
            return;
        }
        keten.doFilter(verzoek, antwoord);
    }

    private boolean heeftToken(String kop) {
        if (kop == null) {
            return false;
        }
        byte[] gegeven;
        if (kop.regionMatches(true, 0, "Bearer ", 0, 7)) {
            gegeven = kop.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        } else if (kop.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String paar = new String(Base64.getDecoder().decode(kop.substring(6).strip()), StandardCharsets.UTF_8);
                gegeven = paar.substring(paar.indexOf(':') + 1).getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
        } else {
            return false;
        }
        // constant time: the comparison does not tell how much of the token was right
        return MessageDigest.isEqual(gegeven, token);
    }
}
