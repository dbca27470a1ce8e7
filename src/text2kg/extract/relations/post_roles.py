"""The role a title states: its words as a label for queries, and two posts joined by "and".

The label is canonical where spellings differ: "minister of foreign affairs", "minister for
foreign affairs" and "foreign affairs minister" are all "foreign minister" (a trailing
"affairs" is dropped, as the evaluation's role keys do); other spellings are listed in
data/post_labels.tsv. The words as written stay in the sentence, the post's evidence.
"""

from __future__ import annotations

from spacy.tokens import Token

from text2kg.extract.lexicon import demonyms
from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.post_lexicon import (
    CONNECTORS,
    HYPHENS,
    NAME_CONNECTORS,
    ORG_TYPES,
    TIME_WORDS,
    Lexicon,
    Title,
    is_post_word,
)
from text2kg.extract.relations.post_owners import owned

#: Posts whose "of/for X" portfolio moves in front in the label: "minister of defence" ->
#: "defence minister" ("foreign affairs" -> "foreign").
FRONTED_HEADS = frozenset({"minister"})
#: Posts whose name holds "permanent".
PERMANENT_POSTS = frozenset({"representative", "secretary", "observer", "member", "under-secretary", "delegate"})
#: Heads that say nothing alone: when their "of X" is an organisation, X is also their portfolio
#: ("Secretary of the Navy" is the Navy's, and no other secretary of it).
BARE_HEADS = frozenset({"secretary", "minister"})


def read_role(title: Title, index: MentionIndex, lex: Lexicon) -> tuple[str, str | None]:
    """The role a title states, as its canonical label, and its time qualifier."""
    owner = title.owner
    kept: list[Token] = []
    qualifier = None
    resume = None  # after the owner, "to X"/"in X" is the post's again ("Ambassador of Denmark to Greece")
    if owner is not None and title.owner_rule == "title" and _connector(owner) != "with":  # "Officer with UNDP in X"
        resume = next((t.i for t in title.tokens if t.i >= owner.end and t.lower_ in NAME_CONNECTORS), None)
    for token in title.tokens:
        if owner is not None and title.owner_rule == "title" and owner.start <= token.i and (
            resume is None or token.i < resume
        ):
            if resume is None:
                break  # "Member of [the Kennedy Center] for the Performing Arts": the rest names it
            continue
        if owner is not None and owner.start <= token.i < owner.end:
            continue
        if token.i == resume:
            while kept and kept[-1].lower_ in CONNECTORS | {"the"}:
                kept.pop()  # "ambassador [of Denmark] to Greece"
        if owner is not None and title.owner_rule == "prefix" and owner.start <= token.i < owner.end:
            continue
        if token.lower_ in TIME_WORDS or token.ent_type_ == "ORDINAL" or _passing(token):
            qualifier = qualifier or token.lower_
            continue
        if token.lower_.rstrip(".") in lex.honorifics or token.lower_ in ("'s", "’s"):
            continue
        kept.append(token)
    while kept and kept[-1].lower_ in CONNECTORS | NAME_CONNECTORS | {"the", "and"}:
        kept.pop()
    while kept and (kept[0].lower_ in ("the", "and") or kept[0].text in HYPHENS or kept[0].text in demonyms()):
        kept.pop(0)  # "[Somali-American] economist", "[French] Director General": the demonym is no role
    role = label(role_text(kept), lex)
    if role in BARE_HEADS and owner is not None and title.owner_rule == "title" and owner.label_ == "Organization":
        role = f"{role} of {owner.text.lower().removeprefix('the ')}"  # "Secretary of the Navy"
    return role, qualifier


def _passing(token: Token) -> bool:
    """"Permanent" says how long a post is held ("permanent Chief Medical Officer"), except in
    the posts it names ("Permanent Representative", "Permanent Secretary")."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ == "permanent" and following not in PERMANENT_POSTS


def _connector(owner) -> str:
    """The word that introduces an owner: "of [the] Navy" -> "of"."""
    i = owner.start - 1
    if i >= 0 and owner.doc[i].lower_ == "the":
        i -= 1
    return owner.doc[i].lower_ if i >= 0 else ""


def role_text(tokens: list[Token]) -> str:
    """"Secretary - General" as "secretary-general"; lower case; leading hyphens dropped."""
    text = "".join(t.text_with_ws for t in tokens).strip().lower()
    text = text.replace(" - ", "-").replace(" -", "-").replace("- ", "-").strip("-")
    return " ".join(text.split())


def label(role: str, lex: Lexicon) -> str:
    """The canonical label of a role: "minister of foreign affairs" -> "foreign minister".

    Spellings listed in data/post_labels.tsv are replaced; "the" is dropped after "of/for".
    """
    role = role.replace(" of the ", " of ").replace(" for the ", " for ")
    spaced = role.replace("-", " ")
    for written, canonical in sorted(lex.labels.items(), key=lambda item: -len(item[0])):  # longest first
        if spaced == written or spaced.endswith(" " + written):
            role = spaced[: len(spaced) - len(written)] + canonical
            break
    words_ = role.split()
    for i, word in enumerate(words_[:-2]):
        if word in FRONTED_HEADS and words_[i + 1] in CONNECTORS:
            portfolio = words_[i + 2 :]
            if " ".join(portfolio) not in lex.portfolios and not (
                len(portfolio) > 1 and portfolio[-1] == "affairs"
            ):
                return role
            if len(portfolio) > 1 and portfolio[-1] == "affairs":
                portfolio = portfolio[:-1]
            return " ".join([*words_[:i], *portfolio, word])
    return role


def split_titles(title: Title, lex: Lexicon, index: MentionIndex | None = None) -> list[Title]:
    """Two posts joined by "and" as two titles: "Professor of Engineering and Head of School"
    (the owner named last is both's when the first names none); "Minister for Foreign Affairs
    and European Integration" stays one. Two titles stacked before a name are two posts too."""
    tokens = title.tokens
    for k, token in enumerate(tokens):
        if token.lower_ != "and" or k == 0:
            continue
        left, right = tokens[:k], tokens[k + 1 :]
        if any(is_post_word(t, lex) for t in left) and right and _opens_post(right, lex):
            first = Title(left, possessor=title.possessor)
            if title.owner is not None and title.owner.start < token.i:
                first.owner, first.owner_rule, first.owner_key = title.owner, title.owner_rule, title.owner_key
            elif index is not None:  # "Deputy Director in the Finance Department and Ambassador of X"
                first = owned(first, index, lex)
            rest = Title(right, title.owner, title.owner_rule, title.possessor, title.owner_key)
            if index is not None and index.at(right[0], ORG_TYPES) is not None and (
                title.owner is None or title.owner.start < token.i
            ):  # "... and United Nations Legal Counsel": the second post names its own body
                rest = owned(Title(right, possessor=title.possessor), index, lex)
            own_phrase = any(t.lower_ in CONNECTORS for t in left)  # "Professor of X and Head of Y"
            if first.owner is None and rest.owner is not None and not own_phrase:
                first.owner, first.owner_rule, first.owner_key = rest.owner, rest.owner_rule, rest.owner_key
            return [first, *split_titles(rest, lex, index)]
    stacked = _stacked(tokens, lex)
    if stacked is not None and index is not None:  # "Senator Foreign Relations Committee Chairman"
        left, right = tokens[:stacked], tokens[stacked:]
        first = Title(left, possessor=title.possessor)
        if title.owner is not None and title.owner.end <= right[0].i:
            first.owner, first.owner_rule, first.owner_key = title.owner, title.owner_rule, title.owner_key
        return [first, *split_titles(owned(Title(right), index, lex), lex, index)]
    return [title]


def _stacked(tokens: list[Token], lex: Lexicon) -> int | None:
    """Where a second title starts right after a first one's post word, with no "and": "Senator
    | Foreign Relations Committee Chairman", "Governor | Health Board Chair"; both must end
    in a post word, and the second must start with a capital that is no post word or rank."""
    if not tokens or not is_post_word(tokens[-1], lex):
        return None
    for k in range(1, len(tokens) - 1):
        before, token = tokens[k - 1], tokens[k]
        if (is_post_word(before, lex) and before.lower_ not in lex.ranks and token.text[:1].isupper() and token.is_alpha
                and not is_post_word(token, lex) and token.lower_ not in lex.ranks
                and not any(t.lower_ in CONNECTORS or t.lower_ == "and" for t in tokens[k:])):
            return k
    return None


def _opens_post(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether words after "and" start a post of their own: "Chief Executive", "Deputy Head",
    "United Nations Legal Counsel" (a name then a post), not a portfolio ("European
    Integration")."""
    first = tokens[0]
    if is_post_word(first, lex) or first.lower_ in lex.ranks:
        return True
    words = [t for t in tokens[:4] if t.ent_type_ in ("ORG", "GPE", "NORP") or t.text[:1].isupper()]
    return bool(first.ent_type_ in ("ORG", "GPE", "NORP")) and any(is_post_word(t, lex) for t in words)
