package nl.galacheck.invoer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.galacheck.regio.Herkomst;

/**
 * Changes a YAML tree the way a rule fixture case changes its base region (README, "Fixtures"): a key
 * may be a path ({@code mandaat.zorgverzekeraar}, {@code gemeenten[0].inwoners}); an object merges into
 * the object at that place, anything else (text, number, list) replaces what stood there. Every value
 * keeps the file and line it was written on, and an object or list the case changes stands where the case
 * changes it: a message about it points at the case, not at the base.
 */
final class YamlWijziging {

    private static final Pattern STAP = Pattern.compile("\\[(\\d+)]|([^.\\[\\]]+)");
    private static final Pattern PAD = Pattern.compile("[^.\\[\\]]+(\\[\\d+])*(\\.[^.\\[\\]]+(\\[\\d+])*)*");

    private final List<Invoerfout> fouten;

    YamlWijziging(List<Invoerfout> fouten) {
        this.fouten = fouten;
    }

    /** {@code basis} with {@code wijziging} merged in. */
    YamlKnoop voegSamen(YamlKnoop basis, YamlKnoop wijziging) {
        if (wijziging.soort() != YamlKnoop.Soort.MAP) {
            return wijziging;
        }
        // an object where the base has none is merged into an empty one, so its path keys unfold as well
        YamlKnoop resultaat = basis != null && basis.soort() == YamlKnoop.Soort.MAP ? basis
                : YamlKnoop.map(wijziging.herkomst(), new LinkedHashMap<>());
        for (var veld : wijziging.velden().entrySet()) {
            List<String> stappen = stappen(veld.getKey(), veld.getValue().herkomst());
            if (stappen != null) {
                resultaat = zet(resultaat, stappen, 0, veld.getValue());
            }
        }
        return YamlKnoop.map(wijziging.herkomst(), new LinkedHashMap<>(resultaat.velden()));
    }

    /** {@code basis} without what stands at {@code pad} ({@code zonder:} of a case); an error when nothing does. */
    YamlKnoop zonder(YamlKnoop basis, String pad, Herkomst waar) {
        List<String> stappen = stappen(pad, waar);
        return stappen == null ? basis : verwijder(basis, stappen, 0, pad, waar);
    }

    private YamlKnoop zet(YamlKnoop knoop, List<String> stappen, int i, YamlKnoop waarde) {
        if (i == stappen.size()) {
            return voegSamen(knoop, waarde);
        }
        String stap = stappen.get(i);
        Integer index = index(stap);
        if (index == null) {
            YamlKnoop map = knoop != null && knoop.soort() == YamlKnoop.Soort.MAP ? knoop
                    : YamlKnoop.map(waarde.herkomst(), new LinkedHashMap<>());
            LinkedHashMap<String, YamlKnoop> velden = new LinkedHashMap<>(map.velden());
            velden.put(stap, zet(velden.get(stap), stappen, i + 1, waarde));
            return YamlKnoop.map(waarde.herkomst(), velden);
        }
        int lengte = knoop != null && knoop.soort() == YamlKnoop.Soort.LIJST ? knoop.elementen().size() : -1;
        if (index > lengte || lengte < 0) {
            fouten.add(Invoerfout.bij(waarde.herkomst(), "de wijziging past niet op de basis: " + pad(stappen, i + 1) + " bestaat niet",
                    lengte < 0 ? "een lijst op " + pad(stappen, i) : "een index tot en met " + lengte + " (" + lengte + " voegt toe)", stap));
            return knoop;
        }
        List<YamlKnoop> elementen = new ArrayList<>(knoop.elementen());
        if (index == lengte) {
            elementen.add(zet(null, stappen, i + 1, waarde));
        } else {
            elementen.set(index, zet(elementen.get(index), stappen, i + 1, waarde));
        }
        return YamlKnoop.lijst(waarde.herkomst(), elementen);
    }

    private YamlKnoop verwijder(YamlKnoop knoop, List<String> stappen, int i, String pad, Herkomst waar) {
        String stap = stappen.get(i);
        Integer index = index(stap);
        boolean laatste = i == stappen.size() - 1;
        if (index == null && knoop.soort() == YamlKnoop.Soort.MAP && knoop.velden().containsKey(stap)) {
            LinkedHashMap<String, YamlKnoop> velden = new LinkedHashMap<>(knoop.velden());
            if (laatste) {
                velden.remove(stap);
            } else {
                velden.put(stap, verwijder(velden.get(stap), stappen, i + 1, pad, waar));
            }
            return YamlKnoop.map(waar, velden);
        }
        if (index != null && knoop.soort() == YamlKnoop.Soort.LIJST && index < knoop.elementen().size()) {
            List<YamlKnoop> elementen = new ArrayList<>(knoop.elementen());
            if (laatste) {
                elementen.remove((int) index);
            } else {
                elementen.set(index, verwijder(elementen.get(index), stappen, i + 1, pad, waar));
            }
            return YamlKnoop.lijst(waar, elementen);
        }
        fouten.add(Invoerfout.bij(waar, "zonder: " + pad + " staat niet in de basis", "een pad dat in de basis staat", pad(stappen, i + 1)));
        return knoop;
    }

    /** The steps of a path: keys, and list indexes as "[n]"; null (and an error) when it is no path. */
    private List<String> stappen(String pad, Herkomst waar) {
        if (!PAD.matcher(pad).matches()) {
            fouten.add(Invoerfout.bij(waar, "geen geldig pad: '" + pad + "'", "sleutels met punten, indexen als [0] (gemeenten[0].naam)", pad));
            return null;
        }
        List<String> stappen = new ArrayList<>();
        Matcher m = STAP.matcher(pad);
        while (m.find()) {
            stappen.add(m.group(1) != null ? "[" + m.group(1) + "]" : m.group(2));
        }
        return stappen;
    }

    private static Integer index(String stap) {
        return stap.startsWith("[") ? Integer.valueOf(stap.substring(1, stap.length() - 1)) : null;
    }

    private static String pad(List<String> stappen, int tot) {
        StringBuilder b = new StringBuilder();
        for (String s : stappen.subList(0, tot)) {
            b.append(b.isEmpty() || s.startsWith("[") ? "" : ".").append(s);
        }
        return b.toString();
    }
}
