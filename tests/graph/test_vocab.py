"""A misspelt term of a standard vocabulary fails where it is written, as a t2k: one does."""

import pytest

from text2kg.graph.triples.vocab import term


@pytest.mark.parametrize("curie", ["org:memberOff", "nif:anchorof", "itsrdf:taIdent", "schema:Quotaton",
                                   "time:hasBegining", "prov:wasDerivedFrm", "t2k:Persn"])
def test_a_misspelt_term_is_refused(curie: str) -> None:
    with pytest.raises((ValueError, AttributeError)):
        term(curie)


@pytest.mark.parametrize("curie", ["org:memberOf", "nif:anchorOf", "itsrdf:taIdentRef", "schema:Quotation",
                                   "time:hasBeginning", "prov:wasDerivedFrom", "t2k:Person", "wdt:P17"])
def test_the_terms_we_write_are_known(curie: str) -> None:
    assert term(curie).value.endswith(curie.split(":")[1])
