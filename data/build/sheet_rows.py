"""One canonical commitment row from a row of the copy of OGP's commitment sheet (rules: data/README.md)."""

import re

import institutions
import sheet_dates

COPY_URL = ("https://github.com/g0v/ogp-commitments/blob/0fbeb4bdfb75567c4a334857d4438c0918232ce5/"
            "open_parliament_0703.csv")
COPY_NOTE = "values read in a copy of OGP's commitment sheet; the OGP page itself was not read"
NO_VALUE = {"", "ND", "NR", "NA"}
FIRST_POLICY_AREA, LAST_POLICY_AREA = 19, 104  # sheet columns 20-105 (1-based): one 0/1 column per tag
OGP_VALUES = {
    "OGP Value Access To Information": "Access to Information",
    "OGP Value Civic Participation": "Civic Participation",
    "OGP Value Public Accountability": "Public Accountability",
    "OGP Value Technology": "Technology and Innovation for Transparency and Accountability",
}
ORIGINAL_RATINGS = ["Specificity", "Verifiable", "_Relevant", "Potential Impact", "Completion (Progress Report)",
                    "Completion (End Of Term)", "Did It Open Government (Overall)",
                    "Starred (Current Formula) Progress Report", "Starred (Current Formula) End of Term",
                    *OGP_VALUES]
# Columns of the original methodology that a refreshed assessment cannot carry, with the sheet's header.
ORIGINAL_ONLY = {"irm_specificity": "Specificity", "irm_potential_impact": "Potential Impact",
                 "irm_starred": "a starred value"}
NOT_YET = "No early results to report yet"
# "Did It Open Government" values the sheet writes differently from the preferred label of the same concept.
DIOG_LABELS = {"Did Not Change": "Did not change", "Worsens": "Worsened"}
# Members whose plans are written in Spanish: for them a long title in Spanish is the plan's own wording.
SPANISH_SPEAKING = {"argentina", "buenos-aires-argentina", "chile", "colombia", "costa-rica", "dominican-republic",
                    "ecuador", "el-salvador", "guatemala", "honduras", "jalisco-mexico", "madrid-spain", "mexico",
                    "panama", "paraguay", "peru", "spain", "uruguay"}
SPANISH_WORDS = {"de", "del", "la", "las", "los", "el", "y", "para", "en", "por", "con", "una", "un", "ley", "se"}
ENGLISH_WORDS = {"the", "of", "and", "to", "for", "on", "in", "with", "a", "an", "law", "by"}
# Facts seen on the OGP page of the three rows that were read both in the sheet copy and on a page.
PAGE_ALSO_READ = {
    "UA0095": {"action_plan": "Ukraine Action Plan 2020-2022", "irm_ambition": "low",
               "note": "the OGP page was also read: IRM Action Plan Review 2021-2022, Ambition Low"},
    "PY0067": {"action_plan": "Plan de Acción de Paraguay 2018-2020", "irm_ambition": "low",
               "note": "the OGP page was also read on the Spanish interface (title_es and action plan from there;"
                       " Ambición: Bajo); its policy areas differ from the sheet's"},
    "PY0069": {"action_plan": "Paraguay Action Plan 2018-2020",
               "note": "the OGP page was also read; its policy areas differ from the sheet's"},
}


def value(row, header):
    """The cell, or '' when it is one of the sheet's no-value markers."""
    cell = row[header].strip()
    return "" if cell in NO_VALUE else cell


def spaced(text):
    return " ".join(text.split())


def commitment(row, fact):
    notes = []
    url = row["URL"].strip()
    member = re.search(r"/members/([^/]+)/commitments/", url).group(1)
    plan_start, plan_end = row["Year Of Submission"].strip(), row["Action Plan End Year"].strip()
    result = {"id": row["Commitment Unique Identifier"].strip(), "member": member,
              "plan_start": plan_start, "plan_end": plan_end, "cycle": plan_start,
              "policy_areas": ";".join(policy_areas(row)),
              "ogp_values": ";".join(label for header, label in OGP_VALUES.items() if value(row, header) == "1")}
    result.update(titles(row, fact, member, notes))
    result["lead_institutions"] = institutions.names(row["Lead Institution"], "Lead Institution", notes)
    result["support_institutions"] = institutions.names(row["Supporting Institution(s)"],
                                                        "Supporting Institution(s)", notes)
    result["start"] = sheet_dates.normalise(row["Start Date"], "Start Date", notes)
    result["end"] = sheet_dates.normalise(row["End Date"], "End Date", notes)
    result.update(irm(row, notes))
    sources = [url]
    extra = PAGE_ALSO_READ.get(result["id"])
    if extra:
        sources += [page for page in page_urls(fact["source"]) if page.lower() != url.lower()]
        result["action_plan"] = extra["action_plan"]
        result["irm_ambition"] = extra.get("irm_ambition", "")
    sources.append(COPY_URL)
    result["source"] = ";".join(sources)
    result["notes"] = "; ".join([COPY_NOTE if not extra else COPY_NOTE.split(";")[0]]
                                + ([extra["note"]] if extra else []) + notes)
    return result


def page_urls(text):
    """OGP pages named in a commitments-more source cell as read (not the ones merely listed in the sheet)."""
    urls = []
    for part in text.split(" ; "):
        if "not itself read" in part:
            continue
        urls += [word for word in part.split() if word.startswith("https://www.opengovpartnership.org/")]
    return urls


def policy_areas(row):
    headers = list(row)[FIRST_POLICY_AREA:LAST_POLICY_AREA + 1]
    return [header for header in headers if row[header].strip() == "1"]


def titles(row, fact, member, notes):
    title = spaced(row["Short Title"]) or spaced(row["Commitment Title"])
    long_title = spaced(row["Commitment Title"])
    result = {"title": title, "title_es": fact["title_es"], "title_fr": fact["title_fr"], "title_long": ""}
    if not long_title or same_title(long_title, title):
        return result
    if member in SPANISH_SPEAKING and looks_spanish(long_title):
        if result["title_es"]:
            notes.append(f'the sheet\'s Commitment Title (the plan\'s Spanish wording): "{long_title}"')
        else:
            result["title_es"] = long_title
    else:
        result["title_long"] = long_title
    return result


def same_title(first, second):
    def folded(text):
        return text.casefold().rstrip(". ")
    return folded(first) == folded(second)


def looks_spanish(text):
    words = re.findall(r"\w+", text.casefold())
    spanish = sum(word in SPANISH_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    accented = any(character in "áéíóúñ" for character in text.casefold())
    return spanish > english or (accented and english == 0)


def irm(row, notes):
    refreshed = bool(value(row, "Potential for Results") or value(row, "Early Results"))
    original = not refreshed and any(value(row, header) for header in ORIGINAL_RATINGS)
    if not (refreshed or original):
        if value(row, "Report Publication Year (Progress Report)") or value(row, "Report Publication Year (End Of Term)"):
            notes.append("the sheet gives an IRM report year but no rating (IRM columns left blank)")
        return {}
    result = {"irm_methodology": "refreshed" if refreshed else "original",
              "irm_reports": ";".join(reports(row, refreshed)),
              "irm_verifiable": verifiable(row, notes),
              "irm_relevant": {"1": "yes", "0": "no"}.get(value(row, "_Relevant"), ""),
              "irm_specificity": value(row, "Specificity"),
              "irm_potential_impact": value(row, "Potential Impact"),
              "irm_potential_for_results": value(row, "Potential for Results"),
              "irm_completion": value(row, "Completion (End Of Term)") or value(row, "Completion (Progress Report)"),
              "irm_early_results": (value(row, "Early Results") if refreshed else "")
              or diog(value(row, "Did It Open Government (Overall)")),
              "irm_starred": starred(row)}
    if refreshed:
        for column, header in ORIGINAL_ONLY.items():
            if result[column]:
                notes.append(f'the sheet also gives {header} "{result[column]}", an indicator of the original'
                             " methodology (left out of this refreshed assessment)")
                result[column] = ""
        if result["irm_early_results"] == NOT_YET:
            notes.append(f'the sheet\'s Did It Open Government (Overall) reads "{NOT_YET}", not a rating on the'
                         " refreshed Early Results scale (left blank)")
            result["irm_early_results"] = ""
    return result


def diog(cell):
    return DIOG_LABELS.get(cell, cell)


def reports(row, refreshed):
    period = f'{row["Year Of Submission"].strip()}-{row["Action Plan End Year"].strip()}'
    end_name, progress_name = (("Results Report", "Action Plan Review") if refreshed
                               else ("End-of-Term Report", "Progress Report"))
    names = []
    if value(row, "Report Publication Year (End Of Term)"):
        names.append(f"{end_name} {period}")
    if value(row, "Report Publication Year (Progress Report)"):
        names.append(f"{progress_name} {period}")
    return names


def verifiable(row, notes):
    cell = value(row, "Verifiable")
    if cell in ("Yes", "No"):
        return cell.lower()
    if cell:
        notes.append(f'the sheet\'s Verifiable cell reads "{cell}", neither Yes nor No (left blank)')
    return ""


def starred(row):
    for header in ("Starred (Current Formula) End of Term", "Starred (Current Formula) Progress Report"):
        cell = value(row, header)
        if cell in ("0", "1"):
            return "yes" if cell == "1" else "no"
    return ""
