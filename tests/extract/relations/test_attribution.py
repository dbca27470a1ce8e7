"""Verbs of speech next to quotations, on hand-built docs (quotation tests with the model: test_quotes.py)."""

from tests.conftest import build_doc, run_components
from tests.extract.relations.helpers import hand_built_quotations
from text2kg.extract.relations.attribution import after
from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.quotes import quoted_spans


def test_a_full_stop_inside_the_quotation_ends_the_search_for_its_verb(blank) -> None:
    # Ann Roe said , " We will appeal . " Tom Poe said nothing .
    words = ["Ann", "Roe", "said", ",", '"', "We", "will", "appeal", "it", ".", '"', "Tom", "Poe", "said", "nothing", "."]
    heads = [1, 2, 2, 2, 7, 7, 7, 2, 7, 7, 7, 12, 13, 13, 13, 13]
    deps = ["compound", "nsubj", "ROOT", "punct", "punct", "nsubj", "aux", "ccomp", "dobj", "punct", "punct",
            "compound", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT", "PUNCT", "PROPN",
           "PROPN", "VERB", "PRON", "PUNCT"]
    lemmas = ["Ann", "Roe", "say", ",", '"', "we", "will", "appeal", "it", ".", '"', "Tom", "Poe", "say", "nothing", "."]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 9 + ["B-PERSON", "I-PERSON", "O", "O", "O"]
    spaces = [True, False, False, True, False, True, True, True, False, False, True, True, True, True, False, False]
    found = hand_built_quotations(blank, words, heads, deps, pos, lemmas, ents, spaces)
    assert found == [("Ann Roe", "We will appeal it.")]
    doc = run_components(blank, build_doc(blank, words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
                                          spaces=spaces))
    (start, end), = quoted_spans(doc.text)
    assert after(doc, end, doc.text, [], MentionIndex(doc), []) is None
