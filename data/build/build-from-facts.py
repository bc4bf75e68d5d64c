#!/usr/bin/python3
"""Build data/members.csv and data/commitments.csv from the shared OGP facts.

Run from anywhere with /usr/bin/python3 (standard library only):

    /usr/bin/python3 data/build/build-from-facts.py

Inputs, relative to the project root:
  data/members.csv, data/commitments.csv      the rows already published (kept as they are)
  ../shared/ogp-facts/members-more.csv        21 new members, code/region for 55 known ones
  ../shared/ogp-facts/commitments-more.csv    565 commitments (547 read in the sheet copy, 18 on OGP pages)
  ../shared/vendor/ogp-sheet/commitments-sheet-g0v-2024-07.csv   the copy of OGP's commitment sheet
  ../shared/vendor/countries/country-codes.csv   Wikidata items of countries (datasets/country-codes), for new members

The rules applied here are documented in data/README.md; page_rows.py holds the 18 page-read rows.
Running the script twice gives the same files: rows it added itself are recognised and rebuilt.
"""

import csv
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sheet_rows  # noqa: E402
from page_rows import PAGE_ROWS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT.parent / "shared" / "ogp-facts"
SHEET = ROOT.parent / "shared" / "vendor" / "ogp-sheet" / "commitments-sheet-g0v-2024-07.csv"
COUNTRY_CODES = ROOT.parent / "shared" / "vendor" / "countries" / "country-codes.csv"
COUNTRY_CODES_URL = ("https://github.com/datasets/country-codes/blob/caa72d1e0e5af8876c170bb36a9e4d64a01bba88/"
                     "data/country-codes.csv")

MEMBER_COLUMNS = ["slug", "name", "type", "parent", "iso2", "iso3", "wikidata", "code", "region", "joined",
                  "founding", "status", "source", "notes"]
COMMITMENT_COLUMNS = ["id", "member", "title", "title_es", "title_fr", "title_long", "description", "action_plan",
                      "plan_start", "plan_end", "cycle", "status", "lead_institutions", "support_institutions",
                      "policy_areas", "ogp_values", "start", "end", "irm_methodology", "irm_reports",
                      "irm_verifiable", "irm_relevant", "irm_specificity", "irm_potential_impact", "irm_ambition",
                      "irm_potential_for_results", "irm_completion", "irm_early_results", "irm_starred", "source",
                      "notes"]

SHEET_NOTE = "code and region read in a copy of OGP's commitment sheet"
# OGP's URLs spell Côte d'Ivoire's slug with an apostrophe; our slugs (and the converter's sheet reader) do not.
SLUG_FIXES = {"cote-d'ivoire": "cote-d-ivoire"}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def write_csv(path, columns, rows):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in columns})
    Path(path).write_bytes(buffer.getvalue().encode("utf-8"))


def join_notes(*parts):
    return "; ".join(part for part in parts if part)


def urls_in(text):
    return [word.rstrip(").,;") for word in text.split() if word.startswith(("http://", "https://"))]


def build_members(base, more):
    new_slugs = {fixed_slug(row["slug"]) for row in more if row["row_kind"] == "new"}
    members = [row for row in base if row["slug"] not in new_slugs]
    by_slug = {row["slug"]: row for row in members}
    for row in more:
        slug = fixed_slug(row["slug"])
        if row["row_kind"] == "new":
            members.append(new_member(row, slug))
            continue
        known = by_slug[slug]
        if known["iso3"] and known["iso3"] != row["iso3"]:
            raise SystemExit(f"members-more {slug}: iso3 {row['iso3']} differs from data ({known['iso3']})")
        known["code"], known["region"] = row["ogp_data_code"], row["region"]
        sources = known["source"].split(";")
        for url in urls_in(row["source"]):
            if url not in sources:
                sources.append(url)
        known["source"] = ";".join(sources)
        if SHEET_NOTE not in known["notes"]:
            known["notes"] = join_notes(known["notes"], SHEET_NOTE)
    return members


def fixed_slug(text):
    slug = text.split(" (")[0].strip()
    return SLUG_FIXES.get(slug, slug)


def new_member(row, slug):
    remark = row["slug"][len(row["slug"].split(" (")[0]):].strip(" ()")
    notes = [f"slug {remark}" if remark else ""]
    if slug in SLUG_FIXES.values():
        original = next(key for key, value in SLUG_FIXES.items() if value == slug)
        notes.append(f"OGP's URLs spell the slug {original}; the apostrophe is dropped here")
    if row["ogp_data_code"]:
        notes.append("name, type, code and region read in a copy of OGP's commitment sheet"
                     " (columns Country/Locality, National Or Local, Code, Region)")
    if row["iso3"]:
        notes.append("ISO codes looked up in Debian iso-codes 4.15.0 (iso_3166-1.json)")
    if row["earliest_plan_year_in_data"]:
        notes.append(f"earliest action plan in that copy: {row['earliest_plan_year_in_data']} (not a join year)")
    sources = urls_in(row["source"])
    wikidata = wikidata_items().get(row["iso3"], "") if row["iso3"] else ""
    if wikidata:
        sources.append(COUNTRY_CODES_URL)
        notes.append("Wikidata item from column wikidata_id of datasets/country-codes, matched by ISO alpha-3")
        notes.append("no source read gives a join year")
    else:
        notes.append("no source read gives a join year or a Wikidata item")
    kind = "other" if row["member_type"].startswith("other") else row["member_type"]
    return {"slug": slug, "name": row["name"], "type": kind, "iso2": row["iso2"], "iso3": row["iso3"],
            "wikidata": wikidata, "code": row["ogp_data_code"], "region": row["region"], "source": ";".join(sources),
            "notes": join_notes(*notes)}


_WIKIDATA = {}


def wikidata_items():
    """ISO alpha-3 code to Wikidata item (Q...) of every country that has one in datasets/country-codes."""
    if not _WIKIDATA:
        for row in read_csv(COUNTRY_CODES):
            if row["wikidata_id"]:
                _WIKIDATA[row["ISO3166-1-Alpha-3"]] = row["wikidata_id"].rsplit("/", 1)[-1]
    return _WIKIDATA


def build_commitments(base, more, sheet, members):
    more_ids = {row["id"] for row in more}
    commitments = [row for row in base if row["id"] not in more_ids]
    slugs = {member["slug"] for member in members}
    for fact in more:
        if fact["id"] in PAGE_ROWS:
            row = page_row(fact)
        elif fact["id"] in sheet:
            row = sheet_rows.commitment(sheet[fact["id"]], fact)
        else:
            raise SystemExit(f"{fact['id']}: neither in the sheet copy nor among the page-read rows")
        row["member"] = SLUG_FIXES.get(row["member"], row["member"])
        if row["member"] not in slugs:
            raise SystemExit(f"{fact['id']}: member {row['member']} is not in members.csv")
        commitments.append(row)
    return commitments


def page_row(fact):
    row = dict(PAGE_ROWS[fact["id"]])
    row["id"] = fact["id"]
    row["title"] = fact["title"]
    row["title_es"] = fact["title_es"]
    row["title_fr"] = fact["title_fr"]
    row["title_long"] = fact["title_long"]
    row["lead_institutions"] = ";".join(row.get("lead_institutions", []))
    row["support_institutions"] = ";".join(row.get("support_institutions", []))
    for column in ("policy_areas", "ogp_values", "irm_reports"):
        row[column] = ";".join(row.get(column, []))
    row["source"] = ";".join(urls_in(fact["source"]))
    return row


def main():
    members = build_members(read_csv(ROOT / "data" / "members.csv"), read_csv(FACTS / "members-more.csv"))
    sheet = {row["Commitment Unique Identifier"]: row for row in read_csv(SHEET)}
    commitments = build_commitments(read_csv(ROOT / "data" / "commitments.csv"),
                                    read_csv(FACTS / "commitments-more.csv"), sheet, members)
    write_csv(ROOT / "data" / "members.csv", MEMBER_COLUMNS, members)
    write_csv(ROOT / "data" / "commitments.csv", COMMITMENT_COLUMNS, commitments)
    print(f"wrote {len(members)} members and {len(commitments)} commitments")


if __name__ == "__main__":
    main()
