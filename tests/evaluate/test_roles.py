from __future__ import annotations

import pytest

from text2kg.evaluate.roles import role_key


@pytest.mark.parametrize(("gold", "extracted", "qualifier"), [
    ("secretary-general", "Secretary General", None),
    ("secretary general", "general secretary", None),
    ("chief executive officer", "CEO", None),
    ("chief executive", "c.e.o.", None),
    ("president and ceo", "chief executive and president", None),
    ("minister of foreign and european affairs", "foreign and european affairs minister", None),
    ("minister of foreign affairs", "foreign minister", None),
    ("minister for foreign affairs", "Foreign Affairs Minister", None),
    ("minister of the interior", "interior minister", None),
    ("deputy minister of defence", "deputy defense minister", None),
    ("secretary of defense", "defense secretary", None),
    ("president", "former president", None),
    ("president", "president", "former"),
    ("president", "ex-president", None),
    ("president", "first president", None),
    ("co-founder", "cofounder", None),
    ("vice-president", "vice president", None),
    ("spokesperson", "spokeswoman", None),
    ("chair", "chairman", None),
    ("member of parliament", "MP", None),
    ("acting president", "president", "acting"),
])
def test_the_same_post_written_differently_matches(gold: str, extracted: str, qualifier: str | None) -> None:
    assert role_key(gold) == role_key(extracted, qualifier)


@pytest.mark.parametrize(("gold", "extracted", "qualifier"), [
    ("deputy director", "director", None),
    ("vice president", "president", None),
    ("acting president", "president", None),
    ("president", "president", "interim"),
    ("president-elect", "president", None),
    ("prime minister", "minister", None),
    ("deputy prime minister", "prime minister", None),
    ("executive director", "director", None),
    ("first minister", "minister", None),
    ("foreign minister", "finance minister", None),
    ("president", "president and ceo", None),
    ("minister of foreign and european affairs", "foreign minister", None),
])
def test_a_word_that_changes_the_post_must_match(gold: str, extracted: str, qualifier: str | None) -> None:
    assert role_key(gold) != role_key(extracted, qualifier)
