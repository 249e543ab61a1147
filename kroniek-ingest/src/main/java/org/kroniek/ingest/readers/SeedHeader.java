package org.kroniek.ingest.readers;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.core.DctGranularity;
import org.kroniek.ingest.Dct;

/**
 * The first line of a seed file: {@code " date 2016-12 Redactie − 27/12/16, 12:57 − bron: ANP"}, or only
 * {@code " date 2017-01 "} with the body following on the same line.
 *
 * <p>Fuzzed or damaged headers never throw: an impossible day or time degrades the DCT to the header's month
 * (and an impossible month to its year), with a {@code warning} that says so.
 *
 * @param dct       the creation time, as precise as the header allows
 * @param byline    the author(s), or null
 * @param publisher the source after {@code bron:}, or null
 * @param warning   why the DCT is less precise than the header pretends, or null
 * @param bodyStart where the body starts in the text (after the header)
 */
public record SeedHeader(Dct dct, String byline, String publisher, String warning, int bodyStart) {
    private static final String DASH = "[ \\t]*[\u2212\u2013\u2014-][ \\t]*";
    /** The complete header; the byline is lazy so that a hyphen inside a name does not end it. */
    private static final Pattern FULL = Pattern.compile("[ \\t]*date[ \\t]+(\\d{4})-(\\d{1,2})(?:-\\d{1,2})?[ \\t]+(.*?)" + DASH
            + "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}),?[ \\t]*(\\d{1,2})[:.](\\d{2})" + DASH
            + "bron:[ \\t]*(.*?)[ \\t]*");
    /** Only the year and month (or a full date); whatever follows on the line is already body text. */
    private static final Pattern SHORT = Pattern.compile("[ \\t]*date[ \\t]+(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?=\\s|$)");

    /** The header at the start of {@code text}, or empty when the text does not start with one. */
    public static Optional<SeedHeader> parse(String text) {
        int lineEnd = text.indexOf('\n');
        String line = lineEnd < 0 ? text : text.substring(0, lineEnd);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        Matcher full = FULL.matcher(line);
        if (full.matches()) {
            return Optional.of(fromFull(full, lineEnd < 0 ? text.length() : lineEnd + 1));
        }
        Matcher shortHeader = SHORT.matcher(text);
        if (shortHeader.lookingAt()) {
            MonthOrYear month = monthOrYear(shortHeader.group(1), shortHeader.group(2));
            if (shortHeader.group(3) != null && month.month != null) {
                return Optional.of(withDay(month.month, shortHeader.group(3), shortHeader.end()));
            }
            return Optional.of(new SeedHeader(month.dct, null, null, month.warning, shortHeader.end()));
        }
        return Optional.empty();
    }

    private static SeedHeader fromFull(Matcher m, int bodyStart) {
        MonthOrYear headerMonth = monthOrYear(m.group(1), m.group(2));
        String byline = BodyText.blankToNull(m.group(3));
        String publisher = BodyText.blankToNull(m.group(9));
        String written = m.group(4) + "/" + m.group(5) + "/" + m.group(6) + ", " + m.group(7) + ":" + m.group(8);
        if (headerMonth.month == null) {
            return new SeedHeader(headerMonth.dct, byline, publisher, headerMonth.warning, bodyStart);
        }
        YearMonth month = headerMonth.month;
        try {
            String yy = m.group(6);
            int year = yy.length() == 4 ? Integer.parseInt(yy) : month.getYear() / 100 * 100 + Integer.parseInt(yy);
            LocalDateTime time = LocalDateTime.of(year, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)));
            if (!YearMonth.from(time).equals(month)) {
                String warning = "date " + written + " in the seed header disagrees with " + month
                        + "; using the month";
                return new SeedHeader(monthDct(month), byline, publisher, warning, bodyStart);
            }
            Dct dct = new Dct(time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")), DctGranularity.MINUTE);
            return new SeedHeader(dct, byline, publisher, null, bodyStart);
        } catch (DateTimeException e) {
            String warning = "date " + written + " in the seed header is not a valid date and time; using the month";
            return new SeedHeader(monthDct(month), byline, publisher, warning, bodyStart);
        }
    }

    /** {@code date 2024-03-12}: a day-precise variant of the short header; an impossible day keeps the month. */
    private static SeedHeader withDay(YearMonth month, String day, int bodyStart) {
        int dayOfMonth = Integer.parseInt(day);
        if (!month.isValidDay(dayOfMonth)) {
            return new SeedHeader(monthDct(month), null, null,
                    "day " + day + " in the seed header is not a day of " + month + "; using the month", bodyStart);
        }
        return new SeedHeader(new Dct(month.atDay(dayOfMonth).toString(), DctGranularity.DAY), null, null, null,
                bodyStart);
    }

    private record MonthOrYear(YearMonth month, Dct dct, String warning) {
    }

    private static MonthOrYear monthOrYear(String year, String month) {
        try {
            YearMonth ym = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
            return new MonthOrYear(ym, monthDct(ym), null);
        } catch (DateTimeException e) {
            String warning = "month " + month + " in the seed header is not a month; using the year";
            return new MonthOrYear(null, new Dct(year, DctGranularity.YEAR), warning);
        }
    }

    private static Dct monthDct(YearMonth month) {
        return new Dct(month.toString(), DctGranularity.MONTH);
    }
}
