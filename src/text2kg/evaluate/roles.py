"""When two names of a post are the same post: "CEO" and "chief executive officer".

A gold role is written by hand, lower-case, without the organisation; an extracted role is
the text's own words. Both are reduced to a key and posts match when the keys are equal:

- case, dots, hyphens and spaces do not count ("Secretary-General", "secretary general",
  "co-founder", "cofounder"); nor do articles;
- words that place the post in time do not change it ("former", "then", "new", "current",
  "outgoing", "late", "ex-", an ordinal: "the first president" is a president). Fixed posts
  keep their ordinal: "first minister", "first secretary", "first lady", "first deputy ...";
- words that make it another post must match: "deputy", "vice", "assistant", "acting",
  "interim", "-elect", "executive", "chief" ... ("acting president" is not "president").
  Extraction keeps "acting" and "interim" as the post's qualifier, so they are put back;
- a few spellings of one post are one: chief executive (officer) / CEO (and CFO, COO,
  CTO), secretary-general / general secretary, member of parliament / MP, chairman /
  chairwoman / chairperson / chair, spokesman / spokeswoman / spokesperson, defense /
  defence, labor / labour;
- a ministry can be named either side: "minister of foreign affairs", "minister for
  foreign affairs", "foreign affairs minister" and "foreign minister" are one post (a
  trailing "affairs" is dropped); likewise "secretary of defense" / "defense secretary".
  "Prime minister" is not a portfolio;
- roles joined by "and" ("president and CEO") match the same roles in any order; in a
  ministry's role "and" joins portfolios instead ("minister for planning and international
  cooperation" is one post, and "planning and international cooperation minister" too).
"""

from __future__ import annotations

import re
import unicodedata

#: Words that date a post without changing it.
TIME_WORDS = frozenset(
    "former current then new newly outgoing incoming late incumbent previous sitting future "
    "founding longtime ex erstwhile".split()
)
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
#: Posts whose ordinal is part of the name.
ORDINAL_POSTS = frozenset({"minister", "secretary", "lady", "deputy", "vice"})
#: Extraction's qualifiers that change the post, put back in front of its role.
POST_QUALIFIERS = frozenset({"acting", "interim"})
#: Words before a ministry's head that are its rank, not its portfolio.
RANKS = frozenset("deputy vice acting interim assistant junior senior chief first under".split())
ARTICLES = frozenset({"the", "a", "an"})
WORDS = {
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "congressman": "congressperson", "congresswoman": "congressperson",
    "undersecretary": "under secretary", "defense": "defence", "labor": "labour",
    "vp": "vice president", "mp": "member of parliament", "mep": "member of european parliament",
    "ceo": "chief executive officer", "cfo": "chief financial officer",
    "coo": "chief operating officer", "cto": "chief technology officer",
}
PHRASES = (  # (words, replacement), longest first where one contains another
    (("chief", "executive", "officer"), ("ceo",)),
    (("chief", "executive"), ("ceo",)),
    (("chief", "financial", "officer"), ("cfo",)),
    (("chief", "operating", "officer"), ("coo",)),
    (("chief", "technology", "officer"), ("cto",)),
    (("general", "secretary"), ("secretary", "general")),
)
MINISTRY_HEADS = ("minister", "secretary")


def role_key(role: str, qualifier: str | None = None) -> str:
    """The key two roles share when they are the same post (see the module's rules).

    >>> role_key("Secretary-General") == role_key("general secretary")
    True
    >>> role_key("chief executive") == role_key("C.E.O.") == role_key("chief executive officer")
    True
    >>> role_key("foreign minister") == role_key("Minister of Foreign Affairs") == role_key("minister for foreign affairs")
    True
    >>> role_key("deputy foreign minister") == role_key("deputy minister of foreign affairs")
    True
    >>> role_key("former president"), role_key("president", "acting"), role_key("prime minister")
    ('president', 'actingpresident', 'primeminister')
    >>> role_key("deputy director") == role_key("director"), role_key("vice-president") == role_key("VP")
    (False, True)
    >>> role_key("president and CEO") == role_key("chief executive officer and president")
    True
    >>> role_key("minister of planning and investment") == role_key("planning and investment minister")
    True
    """
    text = unicodedata.normalize("NFKC", role).casefold().replace(".", "").replace("’", "'")
    if qualifier and qualifier.casefold() in POST_QUALIFIERS:
        text = f"{qualifier.casefold()} {text}"
    words = re.sub(r"[-‐‑–—/,]", " ", text).replace("&", " and ").split()
    words = [w for x in words for w in WORDS.get(x, x).split()]
    parts: list[list[str]] = [[]]
    portfolios = any(w in MINISTRY_HEADS for w in words)
    for word in words:
        if word == "and" and not portfolios:
            parts.append([])
        else:
            parts[-1].append(word)
    keys = sorted({"".join(_canonical(p)) for p in parts if p} - {""})
    return "+".join(keys)


def _canonical(words: list[str]) -> list[str]:
    """One post's words, with time words dropped, phrases unified and the ministry after."""
    kept = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in ARTICLES or word in TIME_WORDS:
            continue
        if word in ORDINALS and following not in ORDINAL_POSTS:
            continue
        kept.append(word)
    for phrase, replacement in PHRASES:
        kept = _replace(kept, phrase, replacement)
    return _ministry_last(kept)


def _replace(words: list[str], phrase: tuple[str, ...], replacement: tuple[str, ...]) -> list[str]:
    """``words`` with each run equal to ``phrase`` replaced.

    >>> _replace(["deputy", "chief", "executive"], ("chief", "executive"), ("ceo",))
    ['deputy', 'ceo']
    """
    out, i, n = [], 0, len(phrase)
    while i < len(words):
        if tuple(words[i:i + n]) == phrase:
            out.extend(replacement)
            i += n
        else:
            out.append(words[i])
            i += 1
    return out


def _ministry_last(words: list[str]) -> list[str]:
    """"Foreign minister" and "minister of/for foreign affairs" as ``[minister, foreign]``.

    >>> _ministry_last(["deputy", "defence", "minister"]), _ministry_last(["prime", "minister"])
    (['deputy', 'minister', 'defence'], ['prime', 'minister'])
    >>> _ministry_last(["secretary", "of", "state"]), _ministry_last(["secretary", "general"])
    (['secretary', 'state'], ['secretary', 'general'])
    """
    head = next((i for i, w in enumerate(words) if w in MINISTRY_HEADS), None)
    if head is None or (head > 0 and words[head - 1] == "prime"):
        return words
    before, after = words[:head], words[head + 1:]
    if after and after[0] in ("of", "for"):
        portfolio = after[1:]
    elif not after:
        cut = 0
        while cut < len(before) and before[cut] in RANKS:
            cut += 1
        before, portfolio = before[:cut], before[cut:]
    else:
        return words
    if len(portfolio) > 1 and portfolio[-1] == "affairs":
        portfolio = portfolio[:-1]
    return [*before, words[head], *portfolio]
