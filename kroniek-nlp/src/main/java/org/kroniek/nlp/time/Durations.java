package org.kroniek.nlp.time;

import java.math.BigDecimal;

/** TimeML duration values: P2W, P18M for one and a half years, PT2H, PXY for "jaren". */
final class Durations {
    private Durations() {
    }

    /** P2W, P18M (for 1.5 years), PT2H; X for "jaren". */
    static String duration(String amount, String unit) {
        if (amount == null || unit == null) {
            return null;
        }
        if (unit.equals("DEY") && !amount.equals("X")) {
            // English "a decade" is annotated in years (P10Y) in TimeBank-style data.
            return duration(new BigDecimal(amount.replace(',', '.')).multiply(BigDecimal.TEN).toPlainString(), "Y");
        }
        if (unit.equals("DEY")) {
            unit = "DE";
        }
        boolean timeUnit = unit.equals("H") || unit.equals("MI") || unit.equals("S");
        String u = unit.equals("MI") ? "M" : unit;
        if (amount.equals("X")) {
            return (timeUnit ? "PT" : "P") + "X" + u;
        }
        BigDecimal n = new BigDecimal(amount.replace(',', '.')).stripTrailingZeros();
        if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            return null;
        }
        if (n.scale() > 0) {
            String smaller = switch (unit) {
                case "Y" -> "M:12";
                case "D" -> "H:24";
                case "H" -> "MI:60";
                case "W" -> "D:7";
                case "DE" -> "Y:10";
                default -> null;
            };
            if (smaller != null) {
                String[] s = smaller.split(":");
                BigDecimal m = n.multiply(new BigDecimal(s[1])).stripTrailingZeros();
                if (m.scale() <= 0) {
                    return duration(m.toPlainString(), s[0]);
                }
            }
        }
        return (timeUnit ? "PT" : "P") + n.toPlainString() + u;
    }
}
