import pytest

from text2kg.extract.names import acronym_of, is_acronym, long_form_start, name_key
from text2kg.records import slug


@pytest.mark.parametrize(
    ("a", "b"),
    [("U.N.", "UN"), ("the European Union", "European Union"), ("Iran's", "Iran"),
     ("Iran’s", "Iran"), ("NATO", "nato"), ("Gholam-Hossein  Ejei", "Gholam‑Hossein Ejei")],
)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Iran", "Iraq"), ("U.N.", "UNHCR"), ("The Hague", "Hague Court")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("MEK", "Mujahedin-e Khalq", True),
        ("NCRI", "National Council of Resistance of Iran", True),
        ("EU", "European Union", True),
        ("US", "United States", True),
        ("UN", "Amnesty International", False),
        ("EU", "Europe", False),
    ],
)
def test_acronym_of(acronym: str, name: str, expected: bool) -> None:
    assert acronym_of(acronym, name) is expected


@pytest.mark.parametrize(
    ("acronym", "before", "long_form"),
    [
        ("OCHA", "convened by the United Nations Office for the Coordination of Humanitarian Affairs",
         "Office for the Coordination of Humanitarian Affairs"),
        ("IFRC", "and the International Federation of Red Cross and Red Crescent Societies",
         "International Federation of Red Cross and Red Crescent Societies"),
        ("NCRI", "in the National Council of Resistance of Iran", "National Council of Resistance of Iran"),
        ("MEK", "the main opposition, the Mujahedin-e Khalq", "Mujahedin-e Khalq"),
    ],
)
def test_long_form_of_a_bracketed_acronym(acronym: str, before: str, long_form: str) -> None:
    start = long_form_start(acronym, before)
    assert start is not None and before[start:] == long_form


@pytest.mark.parametrize(("acronym", "before"), [("PMOI", "the Mujahedin-e Khalq"), ("UN", "Kumi Naidoo")])
def test_no_long_form_when_the_letters_do_not_fit(acronym: str, before: str) -> None:
    assert long_form_start(acronym, before) is None


def test_acronyms_and_slugs() -> None:
    assert [is_acronym(t) for t in ("MEK", "U.S.", "G7", "Raisi", "A")] == [True, True, True, False, False]
    assert slug("Valdorian People's Party") == "valdorian-people-s-party"
