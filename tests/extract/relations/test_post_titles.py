"""The title grammar on hand-built docs: what the rules read when the parse is not trusted."""

from tests.conftest import build_doc, run_components


def _posts(blank, words, ents, sent_starts, pos=None) -> set[tuple]:
    doc = run_components(blank, build_doc(blank, words, ents=ents, sent_starts=sent_starts, pos=pos))
    table = doc._.text2kg_entities
    return {(table[p["person"]]["label"], p["role"], table.get(p["organization"], {}).get("label"))
            for p in doc._.text2kg_facts["positions"]}


def test_a_sentence_break_inside_a_title_is_not_its_start(blank) -> None:
    # the parser may start a sentence at "Policy": no punctuation ends the one before
    words = ["Roe", "met", "EU", "High", "Representative", "for", "Trade", "Policy", "Ilse", "Brandt", "."]
    ents = ["B-PERSON", "O", "B-ORG", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    starts = [True, False, False, False, False, False, False, True, False, False, False]
    pos = ["PROPN", "VERB", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"]
    assert ("Ilse Brandt", "high representative for trade policy", "EU") in _posts(blank, words, ents, starts, pos)
