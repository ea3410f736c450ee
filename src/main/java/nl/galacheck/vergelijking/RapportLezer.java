package nl.galacheck.vergelijking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.galacheck.invoer.Invoerfout;
import nl.galacheck.invoer.OngeldigeInvoerException;
import nl.galacheck.toetsing.Onderwerp;
import nl.galacheck.toetsing.Status;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON report of {@code galacheck check} (README, "JSON", format version 1) back into a {@link Stand}.
 * Only what a comparison needs; anything missing or of the wrong kind is an input error, never a guess.
 */
public final class RapportLezer {

    /** The JSON report format this reader understands. */
    static final int FORMAATVERSIE = 1;

    private final JsonMapper mapper = JsonMapper.builder().build();

    public Stand lees(Path bestand) {
        String naam = bestand.toString();
        if (!Files.isRegularFile(bestand)) {
            throw fout(naam, "", "het bestand bestaat niet of is geen bestand", "een JSON-rapport van galacheck check", null);
        }
        JsonNode root;
        try {
            root = mapper.readTree(bestand);
        } catch (JacksonException e) {
            var plaats = e.getLocation();
            throw new OngeldigeInvoerException(List.of(new Invoerfout(naam, plaats == null ? 0 : plaats.getLineNr(),
                    plaats == null ? 0 : plaats.getColumnNr(), "", "geen geldige JSON: " + e.getOriginalMessage(),
                    "een JSON-rapport van galacheck check (--formaat json)", null)));
        }
        if (root == null || !root.isObject()) {
            throw fout(naam, "", "geen JSON-object", "een JSON-rapport van galacheck check (--formaat json)", null);
        }
        Velden v = new Velden(naam);
        int versie = root.path("formaatversie").asInt(-1);
        if (versie != FORMAATVERSIE) {
            throw fout(naam, "formaatversie", "onbekende formaatversie", String.valueOf(FORMAATVERSIE),
                    root.path("formaatversie").toString());
        }
        if (!root.path("selectie").isNull() && !root.path("selectie").isMissingNode()) {
            throw fout(naam, "selectie", "dit rapport toont een selectie (" + root.path("selectie").asString()
                    + "); vergelijk rapporten zonder --partij/--gemeente/--ketenaanpak/--status", "selectie: null", null);
        }
        JsonNode verantwoording = root.path("verantwoording");
        LocalDate peildatum = v.datum(root, "peildatum");
        String regels = v.tekst(verantwoording, "verantwoording.regels");
        String sha = v.tekst(verantwoording, "verantwoording.regelsSha256");
        String galacheck = v.tekst(verantwoording, "verantwoording.versie");
        List<Stand.RegioStand> regios = new ArrayList<>();
        JsonNode lijst = root.path("regios");
        if (!lijst.isArray()) {
            v.fouten.add(new Invoerfout(naam, 0, 0, "regios", "ontbreekt of is geen lijst", "een lijst van regio's", null));
        }
        int i = 0;
        for (JsonNode r : lijst.values()) {
            String pad = "regios[" + i++ + "]";
            List<Punt> punten = new ArrayList<>();
            int j = 0;
            for (JsonNode b : r.path("bevindingen").values()) {
                punten.add(punt(v, b, pad + ".bevindingen[" + j++ + "]"));
            }
            regios.add(new Stand.RegioStand(v.tekst(r, pad + ".code"), r.path("naam").asString(""), r.path("bestand").asString(""),
                    punten));
        }
        if (!v.fouten.isEmpty()) {
            throw new OngeldigeInvoerException(v.fouten);
        }
        return new Stand(naam, peildatum, galacheck, regels, sha, regios);
    }

    private static Punt punt(Velden v, JsonNode b, String pad) {
        JsonNode o = b.path("onderwerp");
        Onderwerp onderwerp = new Onderwerp(o.path("regio").asString(null), tekstOfNull(o, "gemeente"), tekstOfNull(o, "gemeenteNaam"),
                tekstOfNull(o, "ketenaanpak"), tekstOfNull(o, "onderdeel"));
        Status status = null;
        String s = v.tekst(b, pad + ".status");
        if (s != null) {
            try {
                status = Status.valueOf(s);
            } catch (IllegalArgumentException e) {
                v.fouten.add(new Invoerfout(v.bestand, 0, 0, pad + ".status", "onbekende status '" + s + "'",
                        "een van: " + java.util.Arrays.toString(Status.values()), s));
            }
        }
        return new Punt(v.tekst(b, pad + ".criterium"), b.path("titel").asString(""), v.tekst(b, pad + ".ernst"),
                v.tekst(b, pad + ".partij"), onderwerp, status, v.datumOfNull(b, pad + ".termijn"), geheel(b, "dagenTeLaat"),
                geheel(b, "dagenResterend"), b.path("termijnVerstreken").asBoolean(false));
    }

    private static String tekstOfNull(JsonNode n, String veld) {
        JsonNode w = n.path(veld);
        return w.isString() ? w.asString() : null;
    }

    private static Integer geheel(JsonNode n, String veld) {
        JsonNode w = n.path(veld);
        return w.isIntegralNumber() ? w.asInt() : null;
    }

    private static OngeldigeInvoerException fout(String bestand, String pad, String melding, String verwacht, String gevonden) {
        return new OngeldigeInvoerException(List.of(new Invoerfout(bestand, 0, 0, pad, melding, verwacht, gevonden)));
    }

    /** Required fields of one report, with every problem collected rather than the first thrown. */
    private static final class Velden {
        final String bestand;
        final List<Invoerfout> fouten = new ArrayList<>();

        Velden(String bestand) {
            this.bestand = bestand;
        }

        /** The last segment of {@code pad} is the field in {@code n}. */
        String tekst(JsonNode n, String pad) {
            JsonNode w = n.path(pad.substring(pad.lastIndexOf('.') + 1));
            if (!w.isString()) {
                fouten.add(new Invoerfout(bestand, 0, 0, pad, "ontbreekt of is geen tekst", "tekst", w.isMissingNode() ? null : w.toString()));
                return null;
            }
            return w.asString();
        }

        LocalDate datum(JsonNode n, String pad) {
            String t = tekst(n, pad);
            return t == null ? null : parse(t, pad);
        }

        LocalDate datumOfNull(JsonNode n, String pad) {
            JsonNode w = n.path(pad.substring(pad.lastIndexOf('.') + 1));
            return w.isString() ? parse(w.asString(), pad) : null;
        }

        private LocalDate parse(String t, String pad) {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                fouten.add(new Invoerfout(bestand, 0, 0, pad, "ongeldige datum", "JJJJ-MM-DD", t));
                return null;
            }
        }
    }
}
