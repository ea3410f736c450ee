package nl.galacheck.invoer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import nl.galacheck.regio.Herkomst;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML file into a tree of located nodes, collecting every problem it can see on the way
 * (duplicate keys, aliases, depth, several documents) instead of stopping at the first.
 */
final class YamlBoomLezer {

    /** Deep enough for any region file, shallow enough to stop hostile nesting early. */
    static final int MAX_DIEPTE = 40;

    private final YAMLFactory yaml = YAMLFactory.builder().build();
    private final long maxBytes;

    YamlBoomLezer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The root node, or null when the file could not be read at all; problems go to {@code fouten}. */
    YamlKnoop lees(Path bestand, String naam, List<Invoerfout> fouten) {
        byte[] bytes = leesBytes(bestand, naam, fouten);
        return bytes == null ? null : lees(bytes, naam, fouten);
    }

    /** As {@link #lees(Path, String, List)}, for bytes that are not a file (an upload): the same checks, the same messages. */
    YamlKnoop lees(byte[] bytes, String naam, List<Invoerfout> fouten) {
        String tekst = tekst(bytes, naam, fouten);
        if (tekst == null) {
            return null;
        }
        if (tekst.isBlank()) {
            fouten.add(new Invoerfout(naam, 0, 0, "", "het bestand is leeg", "een regiobestand (YAML-object)", null));
            return null;
        }
        if (tabs(tekst, naam, fouten)) {
            return null;
        }
        try (JsonParser parser = yaml.createParser(tekst)) {
            Bouwer bouwer = new Bouwer(parser, naam, fouten);
            JsonToken eerste = parser.nextToken();
            if (eerste == null) {
                fouten.add(new Invoerfout(naam, 0, 0, "", "het bestand bevat geen gegevens", "een regiobestand (YAML-object)", null));
                return null;
            }
            YamlKnoop wortel = bouwer.knoop("", 0, null);
            if (parser.nextToken() != null) {
                TokenStreamLocation l = parser.currentTokenLocation();
                fouten.add(new Invoerfout(naam, l.getLineNr(), l.getColumnNr(), "",
                        "het bestand bevat meer dan één YAML-document", "één regio per bestand", "een tweede document (---)"));
            }
            return wortel;
        } catch (TeDiep e) {
            return null;
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            fouten.add(new Invoerfout(naam, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                    "geen geldige YAML: " + Yamlmelding.nl(e.getOriginalMessage()), null, null));
            return null;
        }
    }

    /** Tabs in indentation: YAML forbids them, and the parser's own message does not say so. */
    private static boolean tabs(String tekst, String naam, List<Invoerfout> fouten) {
        int regel = 0;
        int voor = fouten.size();
        for (String r : tekst.split("\n", -1)) {
            regel++;
            for (int i = 0; i < r.length() && (r.charAt(i) == ' ' || r.charAt(i) == '\t'); i++) {
                if (r.charAt(i) == '\t') {
                    fouten.add(new Invoerfout(naam, regel, i + 1, "", "inspringen met een tab", "spaties; YAML staat geen tabs toe voor inspringen", null));
                    break;
                }
            }
        }
        return fouten.size() > voor;
    }

    private byte[] leesBytes(Path bestand, String naam, List<Invoerfout> fouten) {
        try {
            // the size first: a huge file is refused without reading it
            long grootte = Files.size(bestand);
            if (grootte > maxBytes) {
                fouten.add(teGroot(naam, grootte));
                return null;
            }
            return Files.readAllBytes(bestand);
        } catch (IOException e) {
            fouten.add(new Invoerfout(naam, 0, 0, "", "het bestand kan niet gelezen worden: " + e.getMessage(), null, null));
            return null;
        }
    }

    private Invoerfout teGroot(String naam, long grootte) {
        return new Invoerfout(naam, 0, 0, "", "het bestand is te groot", "hoogstens " + maxBytes + " bytes", grootte + " bytes");
    }

    private String tekst(byte[] bytes, String naam, List<Invoerfout> fouten) {
        if (bytes.length > maxBytes) {
            fouten.add(teGroot(naam, bytes.length));
            return null;
        }
        for (byte b : bytes) {
            if (b == 0) {
                fouten.add(new Invoerfout(naam, 0, 0, "", "het bestand bevat binaire gegevens", "tekst (YAML, UTF-8)", "een NUL-byte"));
                return null;
            }
        }
        try {
            String tekst = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        } catch (CharacterCodingException e) {
            fouten.add(new Invoerfout(naam, 0, 0, "", "het bestand is geen geldige UTF-8-tekst", "UTF-8", null));
            return null;
        }
    }

    /** Builds nodes from the token stream; the parser stands on the node's first token. */
    private static final class Bouwer {
        private final JsonParser parser;
        private final String bestand;
        private final List<Invoerfout> fouten;

        Bouwer(JsonParser parser, String bestand, List<Invoerfout> fouten) {
            this.parser = parser;
            this.bestand = bestand;
            this.fouten = fouten;
        }

        /** @param sleutel where the key of this node stands; a block object or list is placed there */
        YamlKnoop knoop(String pad, int diepte, TokenStreamLocation sleutel) {
            JsonToken token = parser.currentToken();
            boolean blok = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
            TokenStreamLocation waarde = parser.currentTokenLocation();
            // a block object or list starts on the line after its key: point at the key instead
            TokenStreamLocation l = blok && sleutel != null && waarde.getLineNr() > sleutel.getLineNr() ? sleutel : waarde;
            Herkomst waar = new Herkomst(bestand, l.getLineNr(), l.getColumnNr(), pad, true);
            if (diepte > MAX_DIEPTE) {
                fouten.add(fout(waar, "te diep genest", "hoogstens " + MAX_DIEPTE + " niveaus", null));
                throw new TeDiep();
            }
            if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
                fouten.add(fout(waar, "YAML-aliassen (*naam) worden niet ondersteund", "de waarde zelf", "alias *" + parser.getString()));
                return YamlKnoop.scalar(YamlKnoop.Soort.NULL, waar, null);
            }
            JsonToken t = parser.currentToken();
            return switch (t) {
                case START_OBJECT -> map(waar, pad, diepte);
                case START_ARRAY -> lijst(waar, pad, diepte);
                case VALUE_TRUE, VALUE_FALSE -> YamlKnoop.scalar(YamlKnoop.Soort.BOOLEAN, waar, t == JsonToken.VALUE_TRUE);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> getal(waar);
                case VALUE_NULL -> YamlKnoop.scalar(YamlKnoop.Soort.NULL, waar, null);
                case VALUE_STRING -> tekst(waar, parser.getString());
                default -> {
                    fouten.add(fout(waar, "onverwachte YAML-waarde", "tekst, getal, ja/nee, lijst of object", t.toString()));
                    yield YamlKnoop.scalar(YamlKnoop.Soort.NULL, waar, null);
                }
            };
        }

        /** Numbers exactly as written (BigDecimal); .inf and .nan stay text, they are no counts or years. */
        private YamlKnoop getal(Herkomst waar) {
            try {
                return YamlKnoop.scalar(YamlKnoop.Soort.GETAL, waar, parser.getDecimalValue());
            } catch (RuntimeException e) {
                return YamlKnoop.scalar(YamlKnoop.Soort.TEKST, waar, parser.getString());
            }
        }

        private YamlKnoop tekst(Herkomst waar, String s) {
            // YAML 1.2 null spellings: the file does not say
            if (s.isEmpty() || s.equals("~") || s.equalsIgnoreCase("null")) {
                return YamlKnoop.scalar(YamlKnoop.Soort.NULL, waar, null);
            }
            return YamlKnoop.scalar(YamlKnoop.Soort.TEKST, waar, s);
        }

        private YamlKnoop map(Herkomst waar, String pad, int diepte) {
            LinkedHashMap<String, YamlKnoop> velden = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String sleutel = parser.currentName();
                TokenStreamLocation l = parser.currentTokenLocation();
                String kindPad = pad.isEmpty() ? sleutel : pad + "." + sleutel;
                parser.nextToken();
                YamlKnoop kind = knoop(kindPad, diepte + 1, l);
                YamlKnoop eerder = velden.get(sleutel);
                if (eerder != null) {
                    fouten.add(new Invoerfout(bestand, l.getLineNr(), l.getColumnNr(), kindPad, "sleutel '" + sleutel
                            + "' komt twee keer voor (eerder op regel " + eerder.herkomst().regel() + ")",
                            "elke sleutel één keer", null));
                } else {
                    velden.put(sleutel, kind);
                }
            }
            return YamlKnoop.map(waar, velden);
        }

        private YamlKnoop lijst(Herkomst waar, String pad, int diepte) {
            List<YamlKnoop> elementen = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                elementen.add(knoop(pad + "[" + elementen.size() + "]", diepte + 1, null));
            }
            return YamlKnoop.lijst(waar, elementen);
        }

        private Invoerfout fout(Herkomst waar, String melding, String verwacht, String gevonden) {
            return new Invoerfout(bestand, waar.regel(), waar.kolom(), waar.pad(), melding, verwacht, gevonden);
        }
    }

    /** Unwinds the recursion once nesting is too deep; the error is already recorded. */
    static final class TeDiep extends RuntimeException {
        TeDiep() {
            super(null, null, false, false);
        }
    }
}
