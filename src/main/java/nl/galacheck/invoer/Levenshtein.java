package nl.galacheck.invoer;

/** Edit distance, for "bedoelde u …?" suggestions on misspelt keys and values. */
public final class Levenshtein {

    private Levenshtein() {
    }

    /** " — bedoelde u `x`?" when a known word is close enough to be a typo; empty otherwise. */
    public static String suggestie(String gegeven, java.util.Collection<String> bekend) {
        String beste = null;
        int besteAfstand = Integer.MAX_VALUE;
        for (String kandidaat : bekend) {
            int d = afstand(gegeven.toLowerCase(), kandidaat.toLowerCase());
            if (d < besteAfstand) {
                beste = kandidaat;
                besteAfstand = d;
            }
        }
        int grens = Math.max(2, gegeven.length() / 3);
        return beste != null && besteAfstand <= grens ? " — bedoelde u `" + beste + "`?" : "";
    }

    public static int afstand(String a, String b) {
        int[] vorige = new int[b.length() + 1];
        int[] huidige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorige[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int kosten = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + kosten);
            }
            int[] t = vorige;
            vorige = huidige;
            huidige = t;
        }
        return vorige[b.length()];
    }
}
