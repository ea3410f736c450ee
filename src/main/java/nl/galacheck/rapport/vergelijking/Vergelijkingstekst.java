package nl.galacheck.rapport.vergelijking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.galacheck.rapport.Datums;
import nl.galacheck.rapport.Statusteken;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Status;
import nl.galacheck.vergelijking.Punt;
import nl.galacheck.vergelijking.Stand;
import nl.galacheck.vergelijking.Vergelijking;
import nl.galacheck.vergelijking.Wijziging;

/** The words every comparison format shares: the two sides, a status change, a finding on one line. */
final class Vergelijkingstekst {

    /** The sections of a region, in the order they are listed. */
    static final List<Wijziging.Soort> SOORTEN = List.of(Wijziging.Soort.GESLOTEN, Wijziging.Soort.GEOPEND, Wijziging.Soort.TE_LAAT,
            Wijziging.Soort.GEWIJZIGD, Wijziging.Soort.NIEUW, Wijziging.Soort.VERVALLEN);

    private Vergelijkingstekst() {
    }

    /** "regions/vb-west.yaml, peildatum 1 januari 2024 · galacheck 0.1.0 · ingebouwde regels (sha256 …)". */
    static String stand(Stand s) {
        return s.herkomst() + " · peildatum " + Datums.nl(s.peildatum()) + " · galacheck " + s.versie() + " · " + s.regels()
                + " (sha256 " + s.regelsSha256() + ")";
    }

    /** Said in every format when the rule sets differ (only allowed with --andere-regels). */
    static String andereRegels(Vergelijking v) {
        return "let op: de twee toetsingen zijn met andere regels gemaakt (--andere-regels); een verschil kan ook uit de regels komen";
    }

    static String status(Status s) {
        return s == null ? "(geen)" : Statusteken.van(s) + " " + s.label();
    }

    static String overgang(Vergelijking.Overgang o) {
        return o.isGewijzigd() ? status(o.oud()) + " → " + status(o.nieuw()) : status(o.nieuw()) + " (ongewijzigd)";
    }

    static String ketenaanpak(String code) {
        return Ketenaanpak.metNaam(code).map(Ketenaanpak::naam).orElse(code);
    }

    /** "B1.1 Mandaatstructuur vastgesteld — regio VB-WEST · gemeenten · open → niet voldaan (240 dagen te laat)". */
    static String regel(Wijziging w) {
        Punt p = w.punt();
        String ernst = "verplicht".equals(p.ernst()) ? "" : " (" + p.ernst() + ")";
        return p.criterium() + ernst + " " + kort(p.titel()) + " — " + p.onderwerp().label() + " · " + p.partij() + " · "
                + van(w) + (w.isVerslechtering() ? " · verslechterd" : "");
    }

    /** Titles up to 70 characters, so a change fits on a line or two. */
    static String kort(String titel) {
        return titel.length() <= 70 ? titel : titel.substring(0, 69) + "…";
    }

    /** The change in status with how late it is now. */
    static String van(Wijziging w) {
        if (w.oud() != null && w.nieuw() != null && w.oud().status() == w.nieuw().status()) {
            return status(w.nieuw().status()) + ", termijn " + Datums.nl(w.nieuw().termijn()) + " verstreken";
        }
        String oud = w.oud() == null ? "(nog niet)" : status(w.oud().status());
        String nieuw = w.nieuw() == null ? "(niet meer)" : status(w.nieuw().status()) + laat(w.nieuw());
        return oud + " → " + nieuw;
    }

    private static String laat(Punt p) {
        if (p.status() == Status.NIET_VOLDAAN && p.dagenTeLaat() != null) {
            return " (" + p.dagenTeLaat() + " dagen te laat)";
        }
        if (p.status() == Status.OPEN && p.dagenResterend() != null) {
            return " (nog " + p.dagenResterend() + " dagen)";
        }
        if (p.status() == Status.ONBEKEND && p.termijnVerstreken() && p.termijn() != null) {
            return " (termijn " + Datums.nl(p.termijn()) + " verstreken)";
        }
        return "";
    }

    /** "voldaan 40 → 96 (+56) · niet voldaan 3 → 20 (+17) · …", statuses that are zero on both sides left out. */
    static String telling(Map<Status, Long> oud, Map<Status, Long> nieuw) {
        List<String> delen = new ArrayList<>();
        for (Status s : Status.values()) {
            long o = oud.get(s);
            long n = nieuw.get(s);
            if (o != 0 || n != 0) {
                long d = n - o;
                delen.add(s.label() + " " + o + " → " + n + (d == 0 ? "" : " (" + (d > 0 ? "+" : "") + d + ")"));
            }
        }
        return String.join(" · ", delen);
    }

    /** The closing line: how many mandatory findings got worse, and so the exit code. */
    static String samenvatting(Vergelijking v) {
        long slechter = v.regios().stream().mapToLong(r -> r.verslechteringen().size()).sum();
        return slechter == 0 ? "Geen verplichte bevinding van de regio verslechterd (afsluitcode 0)."
                : slechter + " verplichte bevinding(en) van de regio verslechterd (afsluitcode 1).";
    }
}
