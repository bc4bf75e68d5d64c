"""The sheet's free-text Start Date / End Date as YYYY, YYYY-MM or YYYY-MM-DD (rules: data/README.md)."""

import datetime
import re

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
MONTH_YEAR = re.compile(r"([A-Za-z]+)\s+(\d{4})")
YEAR = re.compile(r"\d{4}")
PART_OF_YEAR = re.compile(r".*\b(?:quarter|spring|summer|autumn|fall|winter)\b.*?\b(\d{4})\b.*", re.IGNORECASE)
SERIAL = re.compile(r"\d{5}")
NO_VALUE = {"NA", "ND", "NR"}
SPREADSHEET_EPOCH = datetime.date(1899, 12, 30)


def normalise(text, header, notes):
    """The date in canonical form, or '' with the original text recorded in notes."""
    cell = " ".join(text.split())
    if not cell:
        return ""
    date, remark = parse(cell)
    if remark:
        notes.append(f'sheet {header} "{cell}" {remark}')
    return date


def parse(cell):
    """(date, remark): remark is '' when the value was read as written, else says what was done."""
    numeric = NUMERIC.fullmatch(cell)
    if numeric:
        return numeric_date(*numeric.groups())
    month_year = MONTH_YEAR.fullmatch(cell)
    if month_year and month_year.group(1).lower() in MONTHS:
        return f"{month_year.group(2)}-{MONTHS[month_year.group(1).lower()]:02d}", ""
    if YEAR.fullmatch(cell):
        return cell, ""
    part = PART_OF_YEAR.fullmatch(cell)
    if part:
        return part.group(1), "given as its year"
    if SERIAL.fullmatch(cell):
        return (SPREADSHEET_EPOCH + datetime.timedelta(days=int(cell))).isoformat(), \
            "read as a spreadsheet serial date"
    if cell in NO_VALUE:
        return "", "(left blank)"
    return "", "is not a date (left blank)"


def numeric_date(first, second, year):
    month, day = int(first), int(second)
    if month > 12:
        month, day = day, month
    year = int(year) + 2000 if len(year) == 2 else int(year)
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return "", "is not a valid date (left blank)"
    if year < 1910:
        # A year number shown in a date format: 2023 days after the spreadsheet epoch is 7/15/1905.
        serial = (date - SPREADSHEET_EPOCH).days
        if 1990 <= serial <= 2100:
            return str(serial), f"is the year {serial} shown in a date format (read as {serial})"
        return "", "is not a plausible date (left blank)"
    return date.isoformat(), ""
