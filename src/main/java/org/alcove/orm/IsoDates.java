package org.alcove.orm;

/** Reading {@code YYYY-MM-DD} text fast, digit by digit, for the ORM's date columns and for importers. */
public final class IsoDates {
    private IsoDates() {
    }

    /** The number written in {@code s} from {@code from} to {@code to} (exclusive), or -1 when a character there is not a digit 0–9. */
    public static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
