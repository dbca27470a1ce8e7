"""``text2kg_events`` on hand-built, parsed docs."""

from tests.conftest import build_doc, run_components

# "During the 1988 massacre, prisoners died. The massacre was never investigated."
WORDS = ["During", "the", "1988", "massacre", ",", "prisoners", "died", ".",
         "The", "massacre", "was", "never", "investigated", "."]
HEADS = [6, 3, 3, 0, 6, 6, 6, 6, 9, 12, 12, 12, 12, 12]
DEPS = ["prep", "det", "nummod", "pobj", "punct", "nsubj", "ROOT", "punct",
        "det", "nsubjpass", "auxpass", "neg", "ROOT", "punct"]
POS = ["ADP", "DET", "NUM", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT",
       "DET", "NOUN", "AUX", "ADV", "VERB", "PUNCT"]
LEMMAS = ["during", "the", "1988", "massacre", ",", "prisoner", "die", ".",
          "the", "massacre", "be", "never", "investigate", "."]
ENTS = ["O", "O", "B-DATE"] + ["O"] * 11


def events(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for span in doc.spans["text2kg_mentions"]:
        if span.label_ == "Event":
            out.setdefault(doc._.text2kg_entities[span.kb_id_]["label"], []).append(span.text)
    return out


def test_specific_event_and_a_later_reference_to_it(blank) -> None:
    doc = build_doc(blank, WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS, ents=ENTS)
    assert events(run_components(blank, doc)) == {"1988 massacre": ["1988 massacre", "massacre"]}


def test_an_indefinite_or_plural_event_noun_is_not_an_event(blank) -> None:
    words = ["There", "was", "a", "massacre", "and", "killings", "."]
    heads = [1, 1, 3, 1, 3, 3, 1]
    deps = ["expl", "ROOT", "det", "attr", "cc", "conj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "PUNCT"]
    lemmas = ["there", "be", "a", "massacre", "and", "killing", "."]
    doc = build_doc(blank, words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=["O"] * 7)
    assert events(run_components(blank, doc)) == {}


def test_a_month_inside_a_date_is_not_a_march(blank) -> None:
    words = ["On", "14", "March", "2024", ",", "the", "march", "began", "."]
    heads = [7, 2, 0, 2, 7, 6, 7, 7, 7]
    deps = ["prep", "nummod", "pobj", "nummod", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["ADP", "NUM", "NOUN", "NUM", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = ["on", "14", "march", "2024", ",", "the", "march", "begin", "."]
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "O"]
    doc = run_components(blank, build_doc(blank, words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents))
    assert events(doc) == {}
    assert [v["value"] for v in doc._.text2kg_entities.values()] == ["2024-03-14"]


def test_an_entity_before_an_event_noun_belongs_to_the_event_whatever_the_parse(blank) -> None:
    # the parser attached "floods" elsewhere; the date right before it still names the event
    words = ["after", "the", "September", "2023", "floods", "displaced", "people"]
    heads = [0, 2, 0, 2, 5, 5, 5]
    deps = ["ROOT", "det", "pobj", "nummod", "nsubj", "conj", "dobj"]
    pos = ["ADP", "DET", "PROPN", "NUM", "NOUN", "VERB", "NOUN"]
    lemmas = ["after", "the", "September", "2023", "flood", "displace", "people"]
    ents = ["O", "B-EVENT", "I-EVENT", "I-EVENT", "O", "O", "O"]
    doc = run_components(blank, build_doc(blank, words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents))
    assert events(doc) == {"September 2023 floods": ["September 2023 floods"]}
