package nl.galacheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Writes a fictional national test set: 38 IZA-regions with 342 municipalities (or a multiple of that),
 * all five ketenaanpakken, and a mix of met, not met, unknown, late and phased, deterministic by seed.
 * Only the JDK, so it runs without a build: {@code java src/test/java/nl/galacheck/bench/LandelijkeSet.java}
 * (see {@code bench/landelijke-set.sh}); the tests call {@link #schrijf} directly. The RIVM step keys come
 * from the step catalogue, and a started municipality sets a step about as often as the RIVM 2026 figure says.
 */
public final class LandelijkeSet {

    public static final int REGIOS = 38;
    public static final int GEMEENTEN = 342;
    /** Every generated date lies on or before this day; assess the set on or after it. */
    public static final LocalDate LAATSTE_DATUM = LocalDate.of(2026, 6, 30);

    static final String[] KETENAANPAKKEN = {"kansrijke-start", "valpreventie", "overgewicht-kinderen", "gli", "welzijn-op-recept"};
    static final String[] ZORGVERZEKERAARS = {"Zorgverzekeraar Delta", "Zorgverzekeraar Polder", "Zorgverzekeraar Duin",
            "Zorgverzekeraar Heide"};

    /** A RIVM step of the catalogue: ketenaanpak, key, level (gemeente/regio) and the national percentage. */
    record Stap(String ketenaanpak, String sleutel, boolean regionaal, int percentage) {
    }

    private final Random rnd;
    private final List<Stap> stappen;
    private double rijp;

    private LandelijkeSet(long zaad, List<Stap> stappen) {
        this.rnd = new Random(zaad);
        this.stappen = stappen;
    }

    public static void main(String[] args) throws IOException {
        Path uit = Path.of("target/landelijke-set");
        long zaad = 1;
        int schaal = 1;
        Path catalogus = Path.of("rules/ketenaanpakken/stappen/criteria.yaml");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--uit" -> uit = Path.of(args[i + 1]);
                case "--zaad" -> zaad = Long.parseLong(args[i + 1]);
                case "--schaal" -> schaal = Integer.parseInt(args[i + 1]);
                case "--stappen" -> catalogus = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("onbekende optie " + args[i]
                        + " (gebruik: --uit MAP --zaad N --schaal N --stappen rules/ketenaanpakken/stappen/criteria.yaml)");
            }
        }
        List<Path> bestanden = schrijf(uit, zaad, schaal, catalogus);
        System.out.println(bestanden.size() + " regiobestanden met " + GEMEENTEN * schaal + " gemeenten in " + uit);
    }

    /** Writes {@code 38 × schaal} region files into {@code map} (created if needed) and returns them in order. */
    public static List<Path> schrijf(Path map, long zaad, int schaal, Path stappenCatalogus) throws IOException {
        if (schaal < 1 || GEMEENTEN * schaal > 9999) {
            throw new IllegalArgumentException("schaal 1 tot en met 29 (gemeentecodes hebben vier cijfers)");
        }
        Files.createDirectories(map);
        LandelijkeSet set = new LandelijkeSet(zaad, leesStappen(stappenCatalogus));
        int regios = REGIOS * schaal;
        int[] aantallen = set.verdeel(GEMEENTEN * schaal, regios);
        List<Path> bestanden = new ArrayList<>();
        int volgnummer = 1;
        String formaat = regios > 99 ? "%03d" : "%02d";
        for (int r = 0; r < regios; r++) {
            String code = "NL-" + String.format(formaat, r + 1);
            Path bestand = map.resolve(code.toLowerCase() + ".yaml");
            Files.writeString(bestand, new Regioschrijver(set, code, volgnummer, aantallen[r]).yaml(), StandardCharsets.UTF_8);
            volgnummer += aantallen[r];
            bestanden.add(bestand);
        }
        return bestanden;
    }

    /** The steps from the catalogue, read line by line (no YAML library: this class runs on the bare JDK). */
    static List<Stap> leesStappen(Path catalogus) throws IOException {
        List<Stap> lijst = new ArrayList<>();
        Map<String, String> velden = new LinkedHashMap<>();
        for (String regel : Files.readAllLines(catalogus, StandardCharsets.UTF_8)) {
            String t = regel.trim();
            if (t.startsWith("- id:")) {
                voegToe(velden, lijst);
                velden.clear();
            }
            for (String veld : new String[] {"ketenaanpak", "sleutel", "niveau", "zelfde_feit_als"}) {
                if (t.startsWith(veld + ":")) {
                    velden.put(veld, t.substring(veld.length() + 1).trim());
                }
            }
            if (t.startsWith("referentie:") && t.contains("percentage:")) {
                velden.put("percentage", t.replaceAll(".*percentage: *([0-9]+).*", "$1"));
            }
        }
        voegToe(velden, lijst);
        return lijst;
    }

    private static void voegToe(Map<String, String> velden, List<Stap> lijst) {
        // a step that reads a GALA criterion's fact (K09, OK.5) has no key of its own to write
        if (velden.containsKey("sleutel") && !velden.containsKey("zelfde_feit_als")) {
            lijst.add(new Stap(velden.get("ketenaanpak"), velden.get("sleutel"), "regio".equals(velden.get("niveau")),
                    Integer.parseInt(velden.getOrDefault("percentage", "50"))));
        }
    }

    List<Stap> stappen() {
        return stappen;
    }

    /** Splits {@code totaal} municipalities over the regions: 3 to about 25 each, as the IZA-regions vary. */
    private int[] verdeel(int totaal, int regios) {
        double[] gewicht = new double[regios];
        double som = 0;
        for (int i = 0; i < regios; i++) {
            gewicht[i] = 0.3 + rnd.nextDouble() * rnd.nextDouble() * 2.5;
            som += gewicht[i];
        }
        int[] aantal = new int[regios];
        int verdeeld = 0;
        for (int i = 0; i < regios; i++) {
            aantal[i] = Math.max(3, (int) Math.floor(gewicht[i] / som * totaal));
            verdeeld += aantal[i];
        }
        for (int i = 0; verdeeld != totaal; i = (i + 1) % regios) {
            if (verdeeld < totaal) {
                aantal[i]++;
                verdeeld++;
            } else if (aantal[i] > 3) {
                aantal[i]--;
                verdeeld--;
            }
        }
        return aantal;
    }

    // ── random evidence, shaped by the maturity of the region being written ──

    void rijpheid(double r) {
        this.rijp = r;
    }

    double rijpheid() {
        return rijp;
    }

    boolean kans(double p) {
        return rnd.nextDouble() < p;
    }

    /** Chance {@code p}, pushed towards certainty as the region matures: a model region (1.0) always. */
    boolean vaak(double p) {
        return kans(p + (1 - p) * Math.pow(rijp, 4));
    }

    int getal(int van, int tot) {
        return van + rnd.nextInt(tot - van + 1);
    }

    <T> T kies(T[] uit) {
        return uit[rnd.nextInt(uit.length)];
    }

    /** A date in [van, tot]. */
    LocalDate datum(LocalDate van, LocalDate tot) {
        long dagen = tot.toEpochDay() - van.toEpochDay();
        return van.plusDays(rnd.nextLong(dagen + 1));
    }

    /** Met in time (before 2023 mostly), before the usual deadlines of 2023–2024. */
    LocalDate opTijd() {
        return datum(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 12, 10));
    }

    /** Met, but after the deadlines of 2023–2024. */
    LocalDate teLaat() {
        return datum(LocalDate.of(2024, 3, 1), LAATSTE_DATUM);
    }

    /**
     * One piece of evidence as YAML, or null to leave the key out (unknown). Less mature regions leave out
     * more, say no more often and are late more often.
     */
    String bewijs(String bron) {
        double r = rnd.nextDouble();
        double onbekend = 0.3 * (1 - rijp);
        double nee = onbekend + 0.3 * (1 - rijp);
        if (r < onbekend) {
            return null;
        }
        if (r < nee) {
            return "nee";
        }
        LocalDate d = kans(0.45 * (1 - rijp)) ? teLaat() : opTijd();
        double vorm = rnd.nextDouble();
        return vorm < 0.1 ? "ja" : vorm < 0.55 ? d.toString() : "{datum: " + d + ", bron: \"" + bron + "\"}";
    }

    /** As {@link #bewijs}, but met always as {@code {datum, bron}}, for keys that carry more fields. */
    String bewijsObject(String bron) {
        String b = bewijs(bron);
        if (b == null || b.equals("nee") || b.startsWith("{")) {
            return b;
        }
        return "{datum: " + (b.equals("ja") ? opTijd() : b) + ", bron: \"" + bron + "\"}";
    }

    /** A subset of {@code uit}, in order, each kept with chance {@code p}, as a YAML flow list. */
    String deel(String[] uit, double p) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (String s : uit) {
            if (vaak(p)) {
                j.add(s);
            }
        }
        return j.toString();
    }
}

/**
 * One region file of the national set. In the same source file as {@link LandelijkeSet}, so the generator
 * runs as a single-file program.
 */
final class Regioschrijver {

    private static final String[] PLAATS = {"Veen", "Dijk", "Berg", "Wold", "Dam", "Horst", "Hoven", "Zijl", "Broek", "Rode",
            "Lo", "Sloot", "Haven", "Hem", "Kerk", "Wijk"};
    private static final String[] VOOR = {"Noord", "Zuid", "Oost", "West", "Hoog", "Laag", "Groot", "Klein", "Nieuw", "Oud",
            "Midden", "Ooster", "Wester", "Zand", "Klei", "Duin"};

    private final LandelijkeSet s;
    private final String code;
    private final int eersteGemeente;
    private final int aantal;
    private final StringBuilder y = new StringBuilder();

    Regioschrijver(LandelijkeSet s, String code, int eersteGemeente, int aantal) {
        this.s = s;
        this.code = code;
        this.eersteGemeente = eersteGemeente;
        this.aantal = aantal;
    }

    String yaml() {
        // maturity spreads the regions from "says little" (like vb-zuid) to "fully set up" (like vb-noord)
        s.rijpheid(s.kans(0.16) ? 1.0 : 0.1 + s.getal(0, 85) / 100.0);
        String zv = s.kies(LandelijkeSet.ZORGVERZEKERAARS);
        regel(0, "# Landelijke testset (galacheck bench/landelijke-set.sh) — FICTIEF: regio's, gemeenten en documenten bestaan niet.");
        regel(0, "versie: 1");
        regel(0, "regio:");
        regel(1, "code: " + code);
        regel(1, "naam: \"Testregio " + code + "\"");
        regel(1, "ggd: [\"GGD " + code + "\"]");
        regel(1, "preferente_zorgverzekeraar: \"" + zv + "\"");
        regel(0, "gemeenten:");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            codes.add(String.format("GM%04d", eersteGemeente + i));
        }
        List<String> gestart = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            gemeente(codes.get(i), i, codes.get(0), gestart);
        }
        if (s.vaak(0.15 + 0.8 * s.rijpheid())) {
            mandaat(codes, zv);
        }
        if (s.vaak(0.2 + 0.8 * s.rijpheid())) {
            regiobeeldEnPlan();
        }
        regel(0, "ketenaanpakken:");
        for (String k : LandelijkeSet.KETENAANPAKKEN) {
            ketenaanpakRegionaal(k, gestart.stream().filter(g -> g.startsWith(k + "|")).map(g -> g.substring(k.length() + 1)).toList());
        }
        return y.toString();
    }

    private void gemeente(String gm, int index, String eerste, List<String> gestart) {
        regel(1, "- code: " + gm);
        regel(2, "naam: \"" + s.kies(VOOR) + PLAATS[(index + gm.hashCode()) % PLAATS.length].toLowerCase() + " " + gm.substring(2) + "\"");
        regel(2, "inwoners: " + s.getal(900, 250_000));
        veld(2, "inkoop_afgestemd", s.bewijs("Inkoopkader sociaal domein " + gm));
        if (s.vaak(0.2 + 0.75 * s.rijpheid())) {
            regel(2, "monitoring_aangeleverd: " + s.deel(new String[] {"2023", "2024", "2025"}, 0.5 + 0.5 * s.rijpheid()));
        }
        if (s.kans(0.85)) {
            regel(2, "spuk_onderdelen: " + s.deel(new String[] {"gezondheidsachterstanden", "kansrijke-start", "overgewicht-obesitas",
                    "valpreventie", "welzijn-op-recept"}, 0.75));
        }
        regel(2, "ketenaanpakken:");
        for (String k : LandelijkeSet.KETENAANPAKKEN) {
            regel(3, k + ":");
            boolean start = s.vaak(0.55 + 0.45 * s.rijpheid());
            if (start) {
                gestart.add(k + "|" + gm);
                regel(4, "gestart: " + (s.kans(0.3 * (1 - s.rijpheid())) ? s.teLaat() : s.opTijd()));
                veld(4, "eigen_aanbod", s.vaak(0.85) ? s.bewijs("Aanbod " + k + " " + gm) : null);
            } else if (s.kans(0.6)) {
                // phased: starts later by the regional plan, meanwhile access through the first municipality
                regel(4, "gestart: nee");
                regel(4, "gepland: " + s.kies(new String[] {"2025-01-01", "2026-01-01", "2027-01-01", "2028-01-01"}));
                regel(4, "eigen_aanbod: nee");
                if (!gm.equals(eerste) && s.kans(0.5)) {
                    regel(4, "toegang_via: " + eerste);
                }
            }
            veld(4, "lokale_plannen", s.bewijs("Lokaal plan " + k));
            veld(4, "inkoop_niet_zvw", s.bewijs("Inkoop " + k));
            veld(4, "toegankelijk", s.kans(0.7) ? "ja" : null);
            if (s.vaak(0.3 + 0.6 * s.rijpheid())) {
                regel(4, "monitoring_aangeleverd: " + s.deel(new String[] {"2024", "2025"}, 0.4 + 0.6 * s.rijpheid()));
            }
            specifiekGemeente(k);
            stappen(4, k, false, start);
        }
    }

    private void specifiekGemeente(String k) {
        switch (k) {
            case "kansrijke-start" -> {
                if (s.vaak(0.85)) {
                    String vorm = s.rijpheid() == 1.0 ? "lokaal" : s.kies(new String[] {"lokaal", "lokaal", "regionaal", "in-voorbereiding", "geen"});
                    regel(4, "coalitie: {vorm: " + vorm + ", datum: " + s.opTijd() + ", partners: "
                            + s.deel(new String[] {"ggd", "geboortezorg", "sociaal-domein", "jgz", "huisarts", "zorgverzekeraar"}, 0.7) + "}");
                }
                veld(4, "anticonceptie_vergoeding", s.bewijs("Regeling anticonceptie"));
                veld(4, "preconceptievoorlichting", s.bewijs("Preconceptievoorlichting"));
                if (s.vaak(0.6)) {
                    regel(4, "spuk_interventies: [{naam: \"Stevig Ouderschap\", menukaart: " + (s.vaak(0.85) ? "ja" : "nee") + "}]");
                }
            }
            case "valpreventie" -> {
                if (s.vaak(0.8)) {
                    regel(4, "componenten: " + s.deel(new String[] {"opsporing", "screening", "beweeginterventie", "begeleiding"}, 0.8));
                }
                if (s.kans(0.5)) {
                    regel(4, String.format(java.util.Locale.ROOT, "bereik: [{jaar: 2025, risico_inschatting_pct: %.1f, beweeginterventie_pct: %.1f}]",
                            4 + s.getal(0, 140) / 10.0, 1 + s.getal(0, 40) / 10.0));
                }
            }
            case "overgewicht-kinderen" -> {
                veld(4, "landelijk_model", s.bewijs("Lokaal plan volgens het Landelijk Model"));
                if (s.vaak(0.8)) {
                    regel(4, "aanbod: " + s.deel(new String[] {"schuldhulpverlening", "opvoedondersteuning", "sport-en-bewegen",
                            "gezonde-voeding", "sociaal-emotionele-ontwikkeling"}, 0.75));
                }
                veld(4, "centrale_zorgverlener", s.bewijs("Aanstelling centrale zorgverlener"));
                veld(4, "monitoring_evaluatie", s.bewijs("Monitoringplan"));
                veld(4, "aanvullend_aanbod", s.kans(0.3) ? "niet-nodig" : s.bewijs("Aanvullend aanbod"));
                veld(4, "netwerkaanpak", s.bewijs("Netwerkaanpak"));
            }
            case "gli" -> {
                String b = s.bewijs("SPUK-plan GLI-coördinatie");
                if (b != null && !b.equals("nee") && !b.equals("ja")) {
                    String datum = b.startsWith("{") ? b.replaceAll(".*datum: ([0-9-]+).*", "$1") : b;
                    regel(4, "spuk_coordinatie: {datum: " + datum + ", met: " + s.deel(new String[] {"zorgverzekeraar", "huisarts", "leefstijlcoach"}, 0.8) + "}");
                } else {
                    veld(4, "spuk_coordinatie", b);
                }
                if (s.kans(0.6)) {
                    regel(4, "gecontracteerde_aanbieders: " + s.getal(0, 4));
                }
            }
            case "welzijn-op-recept" -> {
                if (s.vaak(0.6)) {
                    regel(4, "spuk_inzet: " + s.deel(new String[] {"welzijnsaanbod", "wor-trajecten", "niet-zvw-onderdelen", "coordinatie"}, 0.6));
                }
            }
            default -> throw new IllegalStateException(k);
        }
    }

    /** The RIVM steps of one level: a started municipality sets each about as often as the country did in 2026. */
    private void stappen(int niveau, String k, boolean regionaal, boolean gestart) {
        List<LandelijkeSet.Stap> lijst = s.stappen().stream().filter(st -> st.ketenaanpak().equals(k) && st.regionaal() == regionaal).toList();
        if (lijst.isEmpty() || s.kans(0.3 * (1 - s.rijpheid()))) {
            return;
        }
        StringJoiner j = new StringJoiner(", ", "stappen: {", "}");
        for (LandelijkeSet.Stap st : lijst) {
            if (s.kans(0.1 * (1 - s.rijpheid()))) {
                continue;
            }
            double p = gestart ? Math.min(0.98, st.percentage() / 100.0 * (0.55 + 0.9 * s.rijpheid())) : 0.0;
            j.add(st.sleutel() + ": " + (s.kans(p) ? (s.kans(0.5) ? "ja" : s.opTijd().toString()) : "nee"));
        }
        regel(niveau, j.toString());
    }

    private void mandaat(List<String> codes, String zv) {
        regel(0, "mandaat:");
        veld(1, "vastgesteld", s.bewijs("Mandaatbesluit " + code));
        regel(1, "gemandateerde_gemeente: " + codes.get(0));
        veld(1, "bekendgemaakt", s.bewijs("Melding mandaathouder aan VNG"));
        if (s.vaak(0.8)) {
            regel(1, "bevoegdheden: {bestuurlijk: [spuk-aanvragen, afspraken-zorgverzekeraar], ambtelijk: "
                    + (s.vaak(0.7) ? "[regionaal-overleg]" : "[]") + "}");
        }
        veld(1, "financiele_regeling", s.bewijs("Mandaatbesluit art. 5"));
        if (codes.size() > 1 && s.vaak(0.9)) {
            regel(1, "machtigingen:");
            for (String gm : codes.subList(1, codes.size())) {
                if (s.vaak(0.9)) {
                    LocalDate d = s.kans(0.3 * (1 - s.rijpheid())) ? s.teLaat() : s.opTijd();
                    String door = s.kans(0.15 * (1 - s.rijpheid())) ? "ambtenaar" : s.kies(new String[] {"wethouder", "burgemeester", "college"});
                    regel(2, "- {gemeente: " + gm + ", datum: " + d + ", door: " + door + ", bron: \"Machtiging " + gm + "\"}");
                }
            }
        }
        if (s.vaak(0.8)) {
            regel(1, "aanspreekpunten: {ambtelijk: \"Regiocoördinator " + code + "\", bestuurlijk: \"Wethouder zorg\"}");
        }
        String mandaatZv = s.bewijs("Mandaatbrief zorgverzekeraars");
        regel(1, "zorgverzekeraar: {coordinerend: \"" + (s.vaak(0.9) ? zv : s.kies(LandelijkeSet.ZORGVERZEKERAARS)) + "\""
                + (mandaatZv == null ? "" : ", mandaat: " + mandaatZv) + "}");
    }

    private void regiobeeldEnPlan() {
        regel(0, "regiobeeld:");
        veld(1, "vastgesteld", s.bewijs("Regiobeeld " + code));
        veld(1, "herijkt", s.vaak(0.6) ? s.bewijs("Herijking regiobeeld") : null);
        regel(1, "opgesteld_door: " + s.deel(new String[] {"gemeenten", "zorgverzekeraar", "zorgkantoor", "ggd"}, 0.8));
        veld(1, "thema_preventie", s.bewijs("Regiobeeld, hoofdstuk preventie"));
        veld(1, "ggd_betrokken", s.bewijs("Regiobeeld, GGD"));
        regel(1, "bronnen: " + s.deel(new String[] {"ggd-gezondheidsmonitor", "regiobeeld.nl", "gemeentezorgspiegel"}, 0.75));
        regel(0, "financiering:");
        regel(1, "spuk_iza:");
        regel(2, "aanvrager: GM" + String.format("%04d", eersteGemeente));
        veld(2, "aangevraagd", s.bewijs("SPUK-IZA-aanvraag"));
        regel(2, "aanvraag_compleet: {datum: " + (s.vaak(0.7) ? s.opTijd() : s.teLaat()) + ", onderdelen: "
                + s.deel(new String[] {"regioplan", "governance", "plan-van-aanpak"}, 0.85) + "}");
        if (s.vaak(0.7)) {
            regel(1, "coordinatiekosten_zorgverzekeraar: {datum: " + s.opTijd() + ", periode: " + (s.vaak(0.7) ? "[2023, 2025]" : "[2023, 2024]") + "}");
        }
        regel(0, "regioplan:");
        veld(1, "vastgesteld", s.bewijs("Regioplan " + code));
        regel(1, "partijen: " + s.deel(new String[] {"gemeenten", "zorgverzekeraar", "zorgkantoor", "ggd"}, 0.85));
        veld(1, "ggd_betrokken", s.bewijs("Regioplan, GGD"));
        if (s.vaak(0.7)) {
            regel(1, "gepubliceerd: {datum: " + s.opTijd() + ", bron: \"https://www.dejuistezorgopdejuisteplek.nl/regio/" + code.toLowerCase() + "\"}");
        }
        regel(1, "onderdelen:");
        for (String o : new String[] {"gezondheidsdoelen", "regionaal_lokaal", "verantwoordelijkheden", "uitvoeringsafspraken", "coordinatie",
                "evaluatie", "financien"}) {
            veld(2, o, s.bewijs("Regioplan, " + o));
        }
        regel(2, "risicogroepen: " + s.deel(new String[] {"kwetsbare-gezinnen", "ouderen-valrisico", "volwassenen-overgewicht"}, 0.8));
        regel(2, "ketenaanpakken: " + s.deel(LandelijkeSet.KETENAANPAKKEN, 0.85));
        regel(1, "uitvoering:");
        int n = s.getal(1, 4);
        for (int i = 1; i <= n; i++) {
            LocalDate deadline = s.datum(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
            String status = s.rijpheid() == 1.0 ? (deadline.isBefore(LandelijkeSet.LAATSTE_DATUM) ? "afgerond" : "op-schema")
                    : s.kies(new String[] {"afgerond", "afgerond", "op-schema", "vertraagd", "niet-gestart"});
            regel(2, "- {afspraak: \"Afspraak " + i + "\", deadline: " + deadline + ", status: " + status
                    + (status.equals("afgerond") ? ", afgerond: " + (s.rijpheid() == 1.0 ? deadline.minusDays(30) : s.datum(LocalDate.of(2023, 6, 1), LandelijkeSet.LAATSTE_DATUM)) : "") + "}");
        }
        regel(0, "inkoop:");
        veld(1, "zorgverzekeraar_afgestemd", s.bewijs("Inkoopbeleid zorgverzekeraar"));
        regel(0, "monitoring:");
        regel(1, "zorgverzekeraar_aangeleverd: " + s.deel(new String[] {"2023", "2024", "2025"}, 0.5 + 0.5 * s.rijpheid()));
    }

    private void ketenaanpakRegionaal(String k, List<String> gestart) {
        regel(1, k + ":");
        stappen(2, k, true, true);
        veld(2, "taken_verantwoordelijkheden", s.bewijs("Regionale taakverdeling " + k));
        veld(2, "inkoopbeleid_afgestemd", s.bewijs("Verslag regionaal overleg inkoop"));
        String afspraken = s.bewijsObject("Samenwerkingsafspraken " + k);
        if (afspraken != null && afspraken.startsWith("{")) {
            List<String> starten = gestart.subList(0, Math.min(gestart.size(), s.rijpheid() == 1.0 ? 3 : s.getal(0, 3)));
            afspraken = afspraken.substring(0, afspraken.length() - 1) + ", startende_gemeenten: [" + String.join(", ", starten) + "]"
                    + (k.equals("welzijn-op-recept") && s.vaak(0.7) ? ", basis: integraal-inkoopadvies" : "") + "}";
        }
        veld(2, "samenwerkingsafspraken", afspraken);
        String inkoopbeleid = s.bewijsObject("Inkoopbeleid zorgverzekeraar " + k);
        if (inkoopbeleid != null && inkoopbeleid.startsWith("{")) {
            inkoopbeleid = inkoopbeleid.substring(0, inkoopbeleid.length() - 1) + ", regionale_afspraken_vertaald: " + (s.vaak(0.8) ? "ja" : "nee") + "}";
        }
        veld(2, "inkoopbeleid_zorgverzekeraar", inkoopbeleid);
        veld(2, "inkoop_zvw", s.bewijs("Contracten " + k));
        veld(2, "contracten_verwijzen", s.bewijs("Contractbepalingen " + k));
        veld(2, "polisvoorwaarden", s.bewijs("Polisvoorwaarden"));
        if (s.vaak(0.3 + 0.6 * s.rijpheid())) {
            regel(2, "monitoring_zorgverzekeraar: " + s.deel(new String[] {"2024", "2025"}, 0.5 + 0.5 * s.rijpheid()));
        }
        switch (k) {
            case "gli" -> veld(2, "verwijzers_geinformeerd", s.bewijs("Nascholing verwijzers"));
            case "overgewicht-kinderen" -> {
                veld(2, "jgz_betrokken", s.bewijs("Samenwerkingsafspraken, JGZ"));
                veld(2, "kwaliteitsafspraken", s.bewijs("Kwaliteitseisen CZV"));
            }
            case "valpreventie" -> {
                veld(2, "doelgroep", s.bewijs("Doelgroep valpreventie"));
                veld(2, "inkoop_beweeginterventies", s.bewijs("Contracten beweeginterventies"));
                veld(2, "afspraken_valanalyse", s.bewijs("Afspraken valanalyse"));
            }
            case "kansrijke-start" -> {
                String r = s.bewijsObject("Regionale agenda Kansrijke Start");
                if (r != null && r.startsWith("{")) {
                    r = r.substring(0, r.length() - 1) + ", partijen: [gemeenten, ggd, zorgverzekeraar]}";
                }
                veld(2, "regionale_afspraken", r);
            }
            default -> {
            }
        }
    }

    private void veld(int niveau, String sleutel, String waarde) {
        if (waarde != null) {
            regel(niveau, sleutel + ": " + waarde);
        }
    }

    private void regel(int niveau, String tekst) {
        y.append("  ".repeat(niveau)).append(tekst).append('\n');
    }
}
