package org.ogplod.convert;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * Reads the free-text dates of OGP's commitment sheet as typed literals, no more precise than the text:
 * {@code 1/31/2024} (the sheet's month/day/year; read as day/month when the first number is over 12) and
 * {@code 1/31/24} are dates, {@code July 2014} a year and month, {@code 2014}, {@code Quarter 3 2019} or
 * {@code Spring 2019} a year, a five-digit number a spreadsheet serial date. Anything else is not a date.
 */
final class SheetDate {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?:quarter|spring|summer|autumn|fall|winter)"
            + ".*?\\b(\\d{4})|\\b[IV]+\\s+quarter\\s+of\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("\\d{5}");
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

    private SheetDate() {
    }

    /** The literal for the text, or null when it is not a date this rule reads. */
    static Node parse(String text) {
        String value = text.strip();
        Matcher numeric = NUMERIC.matcher(value);
        if (numeric.matches()) {
            return numeric(numeric);
        }
        Matcher monthYear = MONTH_YEAR.matcher(value);
        Month month = monthYear.matches() ? month(monthYear.group(1)) : null;
        if (month != null) {
            return Literals.date(monthYear.group(2) + "-" + twoDigits(month.getValue()));
        }
        if (SERIAL.matcher(value).matches()) {
            return Literals.date(SERIAL_EPOCH.plusDays(Long.parseLong(value)).toString());
        }
        Matcher yearInText = YEAR_IN_TEXT.matcher(value);
        if (yearInText.matches()) {
            return Literals.year(yearInText.group(1) != null ? yearInText.group(1) : yearInText.group(2));
        }
        return Literals.year(value);
    }

    private static Node numeric(Matcher date) {
        int first = Integer.parseInt(date.group(1));
        int second = Integer.parseInt(date.group(2));
        int year = Integer.parseInt(date.group(3));
        year = date.group(3).length() == 2 ? 2000 + year : year;
        int month = first > 12 ? second : first;
        int day = first > 12 ? first : second;
        try {
            return Literals.date(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (lower.equals(full) || lower.length() == 3 && full.startsWith(lower)) {
                return month;
            }
        }
        return null;
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
