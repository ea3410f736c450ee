package nl.galacheck.invoer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Financiering;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.GemeentelijkeKetenaanpak;
import nl.galacheck.regio.Ketenaanpakafspraken;
import nl.galacheck.regio.Inkoop;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.regio.Machtiging;
import nl.galacheck.regio.Mandaat;
import nl.galacheck.regio.Monitoring;
import nl.galacheck.regio.Regio;
import nl.galacheck.regio.Regiobeeld;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.regio.Regioplan;
import nl.galacheck.regio.Toelichting;
import nl.galacheck.regio.Uitvoeringsafspraak;

/**
 * Turns one region file into facts. Reads only; collects every problem in the file and reports
 * them together. The format is documented in README.md ("Het regiobestand").
 */
public final class RegioLader {

    /** The format version this loader reads. */
    public static final int VERSIE = 1;
    /** Default upper bound for one region file; real files are a few kilobytes. */
    public static final long STANDAARD_MAX_BYTES = 2L * 1024 * 1024;

    /** More errors than this in one file are summarised: the first ones are what a user fixes first. */
    static final int MAX_FOUTEN = 100;

    private static final Pattern REGIOCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Set<String> VOORTGANG = Set.of("afgerond", "op-schema", "vertraagd", "gestopt", "niet-gestart");
    private static final Set<String> AANVRAAGONDERDELEN = Set.of("regioplan", "governance", "plan-van-aanpak");
    private static final Set<String> ONDERTEKENAARS = Set.of("wethouder", "burgemeester", "college", "ambtenaar");

    private final YamlBoomLezer boomLezer;

    public RegioLader() {
        this(STANDAARD_MAX_BYTES);
    }

    public RegioLader(long maxBytes) {
        this.boomLezer = new YamlBoomLezer(maxBytes);
    }

    /**
     * Reads {@code bestand}, named {@code naam} in facts and messages.
     *
     * @throws OngeldigeInvoerException with all problems of the file
     */
    public Regiobestand laad(Path bestand, String naam) {
        List<Invoerfout> fouten = new ArrayList<>();
        YamlKnoop wortel = boomLezer.lees(bestand, naam, fouten);
        if (wortel == null) {
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        return leesRegio(wortel, naam, fouten);
    }

    /**
     * Reads a region file's text that is not on disk (an upload), named {@code tekst.naam()} in facts and
     * messages; the same checks and messages as a file.
     *
     * @throws OngeldigeInvoerException with all problems of the text
     */
    public Regiobestand laad(Regiotekst tekst) {
        List<Invoerfout> fouten = new ArrayList<>();
        YamlKnoop wortel = boomLezer.lees(tekst.inhoud(), tekst.naam(), fouten);
        if (wortel == null) {
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        return leesRegio(wortel, tekst.naam(), fouten);
    }

    /**
     * Validates the region at {@code regio} against the schema and reads it into facts. The loader's
     * own messages are the more specific ones (a suggestion for a misspelt key, the allowed values);
     * a schema violation is added where the loader said nothing about the same place.
     */
    private Regiobestand leesRegio(YamlKnoop regio, String naam, List<Invoerfout> fouten) {
        if (regio.soort() != YamlKnoop.Soort.MAP) {
            fouten.add(MapLezer.fout(regio.herkomst(), "verkeerd type", "een regiobestand (object met versie, regio, gemeenten, …)", regio.omschrijving()));
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        List<Invoerfout> schemafouten = RegioSchema.gedeeld().valideer(regio);
        Regiobestand resultaat = new Lezing(MapLezer.van(regio, fouten), naam, fouten).lees();
        List<Invoerfout> eigen = List.copyOf(fouten);
        schemafouten.stream().filter(s -> eigen.stream().noneMatch(f -> verwant(f.pad(), s.pad()))).forEach(fouten::add);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        return resultaat;
    }

    /** Two YAML paths about the same place: equal, or one inside the other. */
    private static boolean verwant(String a, String b) {
        return a.equals(b) || binnen(a, b) || binnen(b, a);
    }

    private static boolean binnen(String kind, String ouder) {
        return !ouder.isEmpty() && (kind.startsWith(ouder + ".") || kind.startsWith(ouder + "["));
    }

    /** Errors in the order of the file, as a reader goes through it; at most {@link #MAX_FOUTEN} of them. */
    private static List<Invoerfout> inVolgorde(List<Invoerfout> fouten) {
        List<Invoerfout> gesorteerd = fouten.stream()
                .sorted(java.util.Comparator.comparingInt(Invoerfout::regel).thenComparingInt(Invoerfout::kolom)).toList();
        if (gesorteerd.size() <= MAX_FOUTEN) {
            return gesorteerd;
        }
        List<Invoerfout> eerste = new ArrayList<>(gesorteerd.subList(0, MAX_FOUTEN));
        Invoerfout laatste = eerste.get(MAX_FOUTEN - 1);
        eerste.add(new Invoerfout(laatste.bestand(), 0, 0, "", "… en nog " + (gesorteerd.size() - MAX_FOUTEN)
                + " fout(en); herstel eerst deze", null, null));
        return eerste;
    }

    /**
     * Reads the region embedded at {@code lijst[index].sleutel} of {@code bestand} (a rule fixture
     * case), with paths as if it were a region file of its own and lines of the enclosing file.
     *
     * @throws OngeldigeInvoerException with all problems of that region
     */
    public Regiobestand laadIngebed(Path bestand, String naam, String lijst, int index, String sleutel) {
        List<Invoerfout> fouten = new ArrayList<>();
        YamlKnoop wortel = boomLezer.lees(bestand, naam, fouten);
        if (wortel == null) {
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        YamlKnoop gevallen = wortel.velden().get(lijst);
        if (gevallen == null || gevallen.soort() != YamlKnoop.Soort.LIJST || index >= gevallen.elementen().size()
                || gevallen.elementen().get(index).velden().get(sleutel) == null) {
            fouten.add(new Invoerfout(naam, 0, 0, lijst + "[" + index + "]." + sleutel, "geen ingebedde regio op deze plaats", "een regio", null));
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        String prefix = lijst + "[" + index + "]." + sleutel;
        return leesRegio(gevallen.elementen().get(index).velden().get(sleutel).herbaseer(prefix), naam, fouten);
    }

    /** One reading of one file. */
    private static final class Lezing {
        private final MapLezer wortel;
        private final String bestand;
        private final List<Invoerfout> fouten;
        private String regiocode = "?";
        private final List<GemeentelijkeKetenaanpak> gemeentelijk = new ArrayList<>();
        private KetenaanpakLezer ketenaanpakLezer;

        Lezing(MapLezer wortel, String bestand, List<Invoerfout> fouten) {
            this.wortel = wortel;
            this.bestand = bestand;
            this.fouten = fouten;
        }

        Regiobestand lees() {
            versie();
            Regio regio = regio(wortel.map("regio"));
            List<Gemeente> gemeenten = gemeenten();
            MapLezer mandaatLezer = wortel.map("mandaat");
            List<Machtiging> machtigingen = new ArrayList<>();
            Mandaat mandaat = mandaat(mandaatLezer, machtigingen);
            controleerMachtigingen(gemeenten, machtigingen);
            controleerGemandateerde(gemeenten, mandaat.gemandateerdeGemeente());
            Regiobeeld regiobeeld = regiobeeld(wortel.map("regiobeeld"));
            Financiering financiering = financiering(wortel.map("financiering"));
            List<Uitvoeringsafspraak> uitvoering = new ArrayList<>();
            Regioplan regioplan = regioplan(wortel.map("regioplan"), uitvoering);
            MapLezer inkoopLezer = wortel.map("inkoop");
            Inkoop inkoop = new Inkoop(regiocode, inkoopLezer.herkomst(), inkoopLezer.bewijs("zorgverzekeraar_afgestemd"));
            inkoopLezer.sluit();
            MapLezer monitoringLezer = wortel.map("monitoring");
            Monitoring monitoring = new Monitoring(regiocode, monitoringLezer.herkomst(), monitoringLezer.jaren("zorgverzekeraar_aangeleverd"));
            monitoringLezer.sluit();
            List<Ketenaanpakafspraken> ketenaanpakken = ketenaanpakLezer().regionaal(wortel.map("ketenaanpakken"), gemeenten);
            List<Toelichting> toelichtingen = new ToelichtingLezer(regiocode, fouten).lees(wortel, gemeenten, uitvoering);
            wortel.sluit();
            return new Regiobestand(regio, gemeenten, mandaat, machtigingen, regiobeeld, financiering, regioplan,
                    uitvoering, inkoop, monitoring, ketenaanpakken, gemeentelijk, toelichtingen);
        }

        private void versie() {
            if (!wortel.heeft("versie")) {
                wortel.fout(wortel.herkomst().ontbrekend("versie"), "verplichte sleutel 'versie' ontbreekt", "versie: " + VERSIE);
                return;
            }
            Integer versie = wortel.geheelGetal("versie");
            if (versie != null && versie != VERSIE) {
                wortel.fout(wortel.herkomst().ontbrekend("versie"), "onbekende formaatversie " + versie, "versie: " + VERSIE);
            }
        }

        /** The ketenaanpak part of the format is read by its own reader, once the region code is known. */
        private KetenaanpakLezer ketenaanpakLezer() {
            if (ketenaanpakLezer == null) {
                ketenaanpakLezer = new KetenaanpakLezer(regiocode, fouten);
            }
            return ketenaanpakLezer;
        }

        /** The mandated municipality is one of this region (GALA Bijlage 2, r. 3334–3336). */
        private void controleerGemandateerde(List<Gemeente> gemeenten, Feit gemandateerde) {
            if (gemandateerde.isJa() && gemeenten.stream().noneMatch(g -> g.code().equals(gemandateerde.waarde()))) {
                fouten.add(MapLezer.fout(gemandateerde.herkomst(), "gemandateerde gemeente " + gemandateerde.waarde()
                        + " hoort niet bij deze regio", "een gemeente uit `gemeenten`", gemandateerde.waarde()));
            }
        }

        /** One declaration per municipality, and only from municipalities of this region. */
        private void controleerMachtigingen(List<Gemeente> gemeenten, List<Machtiging> machtigingen) {
            Set<String> codes = new java.util.HashSet<>();
            gemeenten.forEach(g -> codes.add(g.code()));
            Map<String, Integer> gezien = new HashMap<>();
            for (Machtiging m : machtigingen) {
                var h = m.verklaring().herkomst();
                if (!codes.contains(m.gemeente())) {
                    fouten.add(MapLezer.fout(h, "machtiging van gemeente " + m.gemeente() + ", die niet bij deze regio hoort",
                            "een gemeente uit `gemeenten`", m.gemeente()));
                }
                Integer eerder = gezien.putIfAbsent(m.gemeente(), h.regel());
                if (eerder != null) {
                    fouten.add(MapLezer.fout(h, "tweede machtiging van gemeente " + m.gemeente() + " (eerder op regel " + eerder + ")",
                            "één machtiging per gemeente", null));
                }
            }
        }

        private Regio regio(MapLezer m) {
            if (!m.isAanwezig()) {
                m.fout(m.herkomst(), "verplichte sleutel 'regio' ontbreekt", "regio: {code, naam}");
            }
            String code = m.verplichteTekst("code", "een korte regiocode, bijvoorbeeld VB-NOORD");
            if (code != null && !REGIOCODE.matcher(code).matches()) {
                m.fout(m.herkomst().ontbrekend("code"), "ongeldige regiocode '" + code + "'", "letters, cijfers, - of _ (hoogstens 40)");
            }
            regiocode = code == null ? "?" : code;
            String naam = m.verplichteTekst("naam", "de naam van de IZA-regio");
            Feit ggd = m.isLijst("ggd") ? m.lijst("ggd") : m.tekst("ggd");
            List<String> ggdNamen = ggd.elementen().isEmpty() && ggd.waarde() != null
                    ? List.of(ggd.waarde()) : ggd.elementen().stream().map(Feit::waarde).toList();
            String zv = m.tekst("preferente_zorgverzekeraar").waarde();
            m.tekst("zorgkantoor");
            m.sluit();
            return new Regio(regiocode, naam == null ? regiocode : naam, bestand, m.herkomst(), ggdNamen, zv);
        }

        private List<Gemeente> gemeenten() {
            List<MapLezer> lezers = wortel.lijstVanObjecten("gemeenten");
            if (lezers == null || lezers.isEmpty()) {
                wortel.fout(wortel.herkomst().ontbrekend("gemeenten"), "de regio heeft geen gemeenten",
                        "gemeenten: een lijst van {code, naam}");
                return List.of();
            }
            List<Gemeente> gemeenten = new ArrayList<>();
            Map<String, Integer> gezien = new HashMap<>();
            for (MapLezer m : lezers) {
                Feit code = m.gemeentecode("code");
                if (code.isAfwezig() && !code.herkomst().aanwezig()) {
                    m.fout(code.herkomst(), "verplichte sleutel 'code' ontbreekt", "CBS-gemeentecode, bijvoorbeeld GM0363");
                }
                String naam = m.verplichteTekst("naam", "de naam van de gemeente");
                Integer inwoners = m.geheelGetal("inwoners");
                List<String> gedeeldMet = m.lijst("gedeeld_met").elementen().stream().map(Feit::waarde).toList();
                Feit inkoop = m.bewijs("inkoop_afgestemd");
                Feit monitoring = m.jaren("monitoring_aangeleverd");
                Feit spuk = m.onderdelenMetJaren("spuk_onderdelen", w -> keuze(w, KetenaanpakLezer.SPUK_ONDERDELEN));
                List<GemeentelijkeKetenaanpak> ketenaanpakken = code.isJa()
                        ? ketenaanpakLezer().gemeentelijk(m.map("ketenaanpakken"), code.waarde(), naam) : List.of();
                m.sluit();
                if (code.isJa()) {
                    Integer eerder = gezien.putIfAbsent(code.waarde(), code.herkomst().regel());
                    if (eerder != null) {
                        m.fout(code.herkomst(), "gemeente " + code.waarde() + " staat twee keer in de regio (eerder op regel " + eerder + ")",
                                "elke gemeente één keer");
                        continue;
                    }
                    gemeenten.add(new Gemeente(regiocode, code.waarde(), naam, inwoners, m.herkomst(), gedeeldMet, inkoop, monitoring, spuk));
                    gemeentelijk.addAll(ketenaanpakken);
                }
            }
            return gemeenten;
        }

        private Mandaat mandaat(MapLezer m, List<Machtiging> machtigingen) {
            Feit vastgesteld = m.bewijs("vastgesteld");
            Feit gemandateerde = m.gemeentecode("gemandateerde_gemeente");
            MapLezer zv = m.map("zorgverzekeraar");
            Feit zvCoordinerend = zv.tekst("coordinerend", "niet-van-toepassing");
            Feit zvMandaat = zv.bewijs("mandaat");
            // "indien van toepassing" (r. 1792–1794): niet-van-toepassing carries its reason in bron
            String zvBron = zv.tekst("bron").waarde();
            if (zvBron != null && zvCoordinerend.isJa()) {
                zvCoordinerend = new Feit(zvCoordinerend.herkomst(), zvCoordinerend.stand(), null, zvCoordinerend.waarde(), zvBron,
                        null, List.of());
            }
            zv.sluit();
            MapLezer.Bewijs bevoegdheden = m.bewijsObject("bevoegdheden");
            Feit bestuurlijk = bevoegdheden.velden().lijst("bestuurlijk");
            Feit ambtelijk = bevoegdheden.velden().lijst("ambtelijk");
            bevoegdheden.velden().sluit();
            Feit financieleRegeling = m.bewijs("financiele_regeling");
            Feit bekendgemaakt = m.bewijs("bekendgemaakt");
            Feit machtigingenFeit = m.aanwezigheid("machtigingen");
            List<MapLezer> lezers = m.lijstVanObjecten("machtigingen");
            for (MapLezer mm : lezers == null ? List.<MapLezer>of() : lezers) {
                Feit gemeente = mm.gemeentecode("gemeente");
                if (gemeente.isAfwezig() && !gemeente.herkomst().aanwezig()) {
                    mm.fout(gemeente.herkomst(), "verplichte sleutel 'gemeente' ontbreekt", "de CBS-code van de gemeente die machtigt");
                }
                Feit door = mm.keuze("door", ONDERTEKENAARS);
                Feit verklaring = new Feit(mm.herkomst(), Feit.Stand.JA, mm.datum("datum"), gemeente.waarde(),
                        mm.tekst("bron").waarde(), mm.tekst("toelichting").waarde(), List.of());
                mm.sluit();
                if (gemeente.isJa()) {
                    machtigingen.add(new Machtiging(regiocode, gemeente.waarde(), door, verklaring));
                }
            }
            MapLezer aanspreekpunten = m.map("aanspreekpunten");
            Feit ambtelijkAanspreekpunt = aanspreekpunten.tekst("ambtelijk");
            Feit bestuurlijkAanspreekpunt = aanspreekpunten.tekst("bestuurlijk");
            aanspreekpunten.sluit();
            m.sluit();
            return new Mandaat(regiocode, m.herkomst(), vastgesteld, gemandateerde, zvCoordinerend, zvMandaat,
                    bevoegdheden.feit(), bestuurlijk, ambtelijk, financieleRegeling, bekendgemaakt, machtigingenFeit,
                    ambtelijkAanspreekpunt, bestuurlijkAanspreekpunt);
        }

        private Regiobeeld regiobeeld(MapLezer m) {
            Regiobeeld r = new Regiobeeld(regiocode, m.herkomst(), m.bewijs("vastgesteld"),
                    m.lijst("opgesteld_door", this::partij), m.bewijs("thema_preventie"), m.bewijs("ggd_betrokken"),
                    m.lijst("bronnen", RegioLader::bron), m.bewijs("herijkt"));
            m.sluit();
            return r;
        }

        private Financiering financiering(MapLezer m) {
            MapLezer spuk = m.map("spuk_iza");
            Feit aanvrager = spuk.gemeentecode("aanvrager");
            Feit aangevraagd = spuk.bewijs("aangevraagd");
            MapLezer.Bewijs compleet = spuk.bewijsObject("aanvraag_compleet");
            Feit onderdelen = compleet.velden().lijst("onderdelen", w -> keuze(w, AANVRAAGONDERDELEN));
            compleet.velden().sluit();
            spuk.sluit();
            MapLezer.Bewijs coordinatie = m.bewijsObject("coordinatiekosten_zorgverzekeraar");
            Feit periode = coordinatie.velden().jaren("periode");
            coordinatie.velden().sluit();
            m.sluit();
            return new Financiering(regiocode, m.herkomst(), aanvrager, aangevraagd, compleet.feit(), onderdelen,
                    coordinatie.feit(), periode);
        }

        private Regioplan regioplan(MapLezer m, List<Uitvoeringsafspraak> uitvoering) {
            Feit vastgesteld = m.bewijs("vastgesteld");
            Feit partijen = m.lijst("partijen", this::partij);
            Feit ggd = m.bewijs("ggd_betrokken");
            Feit gepubliceerd = m.bewijs("gepubliceerd");
            MapLezer o = m.map("onderdelen");
            Feit doelen = bewijsOfLijst(o, "gezondheidsdoelen");
            Feit risicogroepen = bewijsOfLijst(o, "risicogroepen");
            Feit ketenaanpakken = o.lijst("ketenaanpakken", this::ketenaanpak);
            Feit regionaalLokaal = bewijsOfLijst(o, "regionaal_lokaal");
            Feit verantwoordelijkheden = bewijsOfLijst(o, "verantwoordelijkheden");
            Feit uitvoeringsafspraken = bewijsOfLijst(o, "uitvoeringsafspraken");
            Feit coordinatie = bewijsOfLijst(o, "coordinatie");
            Feit evaluatie = bewijsOfLijst(o, "evaluatie");
            Feit financien = bewijsOfLijst(o, "financien");
            o.sluit();
            Feit uitvoeringFeit = m.aanwezigheid("uitvoering");
            List<MapLezer> afspraken = m.lijstVanObjecten("uitvoering");
            Map<String, Integer> namen = new HashMap<>();
            for (MapLezer a : afspraken == null ? List.<MapLezer>of() : afspraken) {
                String naam = a.verplichteTekst("afspraak", "de naam van de afspraak uit het regioplan");
                Integer eerder = naam == null ? null : namen.putIfAbsent(naam, a.herkomst().regel());
                if (eerder != null) {
                    a.fout(a.herkomst(), "afspraak '" + naam + "' staat twee keer in de uitvoering (eerder op regel " + eerder + ")",
                            "elke afspraak één keer");
                }
                Feit voortgang = a.keuze("status", VOORTGANG);
                Feit afgerond = a.bewijs("afgerond");
                if (voortgang.isJa() && !voortgang.waarde().equals("afgerond") && afgerond.isJa()) {
                    a.fout(afgerond.herkomst(), "'afgerond' bij een afspraak met status " + voortgang.waarde(), "status: afgerond, of geen 'afgerond'");
                }
                Uitvoeringsafspraak u = new Uitvoeringsafspraak(regiocode, naam == null ? "?" : naam, a.herkomst(),
                        a.datum("deadline"), voortgang, afgerond);
                a.tekst("bron");
                a.tekst("toelichting");
                a.sluit();
                uitvoering.add(u);
            }
            m.sluit();
            return new Regioplan(regiocode, m.herkomst(), vastgesteld, partijen, ggd, gepubliceerd, doelen,
                    risicogroepen, ketenaanpakken, regionaalLokaal, verantwoordelijkheden, uitvoeringsafspraken,
                    coordinatie, evaluatie, financien, uitvoeringFeit);
        }

        /** A regioplan part may be evidence ({bron: …}) or a list of what it contains. */
        private static Feit bewijsOfLijst(MapLezer m, String sleutel) {
            if (m.isLijst(sleutel)) {
                Feit lijst = m.lijst(sleutel);
                return lijst.elementen().isEmpty()
                        ? new Feit(lijst.herkomst(), Feit.Stand.NEE, null, null, null, null, List.of()) : lijst;
            }
            return m.bewijs(sleutel);
        }

        /** Parties are written in many ways; the rules look for these canonical names. */
        private MapLezer.YamlWaarde partij(MapLezer.YamlWaarde w) {
            return RegioLader.partij(w);
        }

        private MapLezer.YamlWaarde ketenaanpak(MapLezer.YamlWaarde w) {
            return Ketenaanpak.metNaam(w.tekst())
                    .map(k -> new MapLezer.YamlWaarde(k.code(), w.herkomst()))
                    .orElseGet(() -> {
                        fouten.add(MapLezer.fout(w.herkomst(), "onbekende ketenaanpak '" + w.tekst() + "'"
                                        + MapLezer.suggestie(w.tekst(), Ketenaanpak.alleNamen()),
                                "een van: " + String.join(", ", Ketenaanpak.alleNamen()), null));
                        return null;
                    });
        }

        private MapLezer.YamlWaarde keuze(MapLezer.YamlWaarde w, Set<String> toegestaan) {
            return RegioLader.keuze(w, toegestaan, fouten);
        }
    }

    /** Parties are written in many ways; the rules look for these canonical names. */
    static MapLezer.YamlWaarde partij(MapLezer.YamlWaarde w) {
        // an open list: normalised, and a near miss of a known party counts as that party
        String s = Woorden.normaal(w.tekst()).replace("ggd'en", "ggden");
        String canoniek = switch (Woorden.bekendOfZelf(s, PARTIJ_WOORDEN)) {
            case "gemeente", "gemeenten" -> "gemeenten";
            case "zorgverzekeraar", "zorgverzekeraars" -> "zorgverzekeraar";
            case "ggd", "ggden", "ggd-en" -> "ggd";
            case "zorgkantoor", "zorgkantoren" -> "zorgkantoor";
            default -> s;
        };
        return new MapLezer.YamlWaarde(canoniek, w.herkomst());
    }

    private static final Set<String> PARTIJ_WOORDEN = Set.of("gemeente", "gemeenten", "zorgverzekeraar", "zorgverzekeraars", "ggd",
            "ggden", "ggd-en", "zorgkantoor", "zorgkantoren");

    /** The known sources of a regiobeeld (open list): B2.4 asks for the GGD-gezondheidsmonitor (r. 1815–1816). */
    static final Set<String> BRONNEN = Set.of("ggd-gezondheidsmonitor");

    static MapLezer.YamlWaarde bron(MapLezer.YamlWaarde w) {
        return new MapLezer.YamlWaarde(Woorden.bekendOfZelf(w.tekst(), BRONNEN), w.herkomst());
    }

    /** A list item from a fixed vocabulary; anything else is reported with the allowed values. */
    static MapLezer.YamlWaarde keuze(MapLezer.YamlWaarde w, Set<String> toegestaan, List<Invoerfout> fouten) {
        // compared after normalising case, accents, spaces and hyphens (issue 7, item 5); unknown stays an error
        String normaal = Woorden.normaal(w.tekst());
        if (toegestaan.contains(normaal)) {
            return new MapLezer.YamlWaarde(normaal, w.herkomst());
        }
        fouten.add(MapLezer.fout(w.herkomst(), "onbekende waarde '" + w.tekst() + "'" + MapLezer.suggestie(w.tekst(), toegestaan),
                "een van: " + String.join(", ", toegestaan.stream().sorted().toList()), null));
        return null;
    }
}
