"""Institution names from the sheet's Lead Institution / Supporting Institution(s) cells (rules: data/README.md).

The cells are text copied from action plans, often with the plan's line wraps. A cell is split only where it
clearly separates names: at ';', at list bullets, at blank lines and at lines that begin with a list marker
('- ', '(a)', '1.'); its other line breaks separate names only when every line reads as a whole name.
Commas never split a cell.
"""

import html
import re

BULLETS = "•●\u2022\u25cf\uf0b7\uf06c\uf0a7"
SEPARATORS = re.compile(r";|\n[ \t]*\n|[" + BULLETS + "]")
LINE_MARKER = re.compile(r"^(?:[-–]\s*(?=[^\W\d_])|\([a-z]\)\s*|\d{1,2}[.)]\s+)")
CONTINUES = re.compile(r"(?:[-–,&/(]|\b(?:of|and|for|the|to|in|on|with|a|an|de|del|la|las|los|el|y|e|et|des|du"
                       r"|le|les|en|para|por))$", re.IGNORECASE)
NO_VALUE = {"", "NA", "N/A", "ND", "NR", "n/a", "na"}
REMARKS = {"unclear", "see action plan", "none", "-"}


def names(cell, header, notes):
    """The names as a ';'-joined string; a cell that holds only a remark is left blank and noted."""
    text = html.unescape(cell).replace("\r\n", "\n").replace("\r", "\n").strip()
    if text in NO_VALUE:
        return ""
    if text.casefold().rstrip(".") in REMARKS:
        notes.append(f'sheet {header} "{text}" (left blank)')
        return ""
    found = []
    for part in SEPARATORS.split(text):
        for name in split_lines(part):
            if name and name not in NO_VALUE and name not in found:
                found.append(name)
    return ";".join(found)


def split_lines(part):
    lines = [" ".join(line.split()) for line in part.split("\n")]
    lines = [line for line in lines if line]
    whole = len(lines) > 1 and all(reads_whole(line, following)
                                   for line, following in zip(lines, lines[1:] + [None]))
    names = []
    for line in lines:
        marked = LINE_MARKER.match(line)
        if marked or whole or not names:
            names.append(line[marked.end():] if marked else line)
        else:
            names[-1] = unwrap(names[-1], line)
    return [name.strip(" ,;") for name in names]


def reads_whole(line, following):
    if CONTINUES.search(line):
        return False
    return following is None or following[:1].isupper() or following[:1] in "\"“«"


def unwrap(previous, line):
    """Joins a wrapped line; a word broken with a hyphen at the wrap ("Go-" "vernment") is rejoined."""
    if re.search(r"[^\W\d_]-$", previous) and line[:1].islower():
        return previous[:-1] + line
    return previous + " " + line
