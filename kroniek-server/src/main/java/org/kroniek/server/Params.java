package org.kroniek.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;
import org.kroniek.store.DctPeriod;

/** Query parameters, checked: a bad value is a 400 that names the parameter. */
public final class Params {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_OFFSET = 10_000;

    private Params() {
    }

    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    public static Paging paging(Context ctx) {
        return new Paging(integer(ctx, "offset", 0, 0, MAX_OFFSET), integer(ctx, "limit", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /** The first day of a date parameter: YYYY, YYYY-MM or YYYY-MM-DD. */
    public static LocalDate fromDay(Context ctx, String name) {
        String value = text(ctx, name);
        return value == null ? null : period(name, value).first();
    }

    /** The last day of a date parameter. */
    public static LocalDate toDay(Context ctx, String name) {
        String value = text(ctx, name);
        return value == null ? null : period(name, value).last();
    }

    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' " + from + " is after 'to' " + to);
        }
    }

    private static DctPeriod period(String name, String value) {
        return DctPeriod.parse(value).orElseThrow(() -> ApiException.badRequest("'" + name + "' must be a date"
                + " (YYYY, YYYY-MM or YYYY-MM-DD), not '" + value + "'"));
    }

    public static long id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            long id = Long.parseLong(value);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no " + name + " '" + value + "': ids are positive whole numbers");
        }
    }

    public static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** Offset and limit of a page of results. */
    public record Paging(int offset, int limit) {
    }
}
