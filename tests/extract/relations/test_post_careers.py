"""Posts in career bios, nominations and descriptions that are no post (model-parsed sentences)."""

import pytest

from tests.extract.relations.helpers import facts, positions

pytestmark = pytest.mark.model


def _roles(nlp, text: str) -> set[tuple]:
    return {(p[0], p[1], p[2]) for p in positions(facts(nlp, text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chain of posts after one verb: "as X and later as Y"
        ("Tomas Varga served as Minister of Health of Ruritania and later as Ambassador of Ruritania to Japan.",
         ("Tomas Varga", "ambassador to japan", "Ruritania")),
        # "with X" names the organisation, the place after it is not the role's
        ("Tomas Varga served as Senior Project Officer with Oxfam International in Lima.",
         ("Tomas Varga", "senior project officer", "Oxfam International")),
        # a possessive name and the noun of its nomination
        ("The Senate confirmed Tomas Varga's nomination to be Secretary of Labor.",
         ("Tomas Varga", "secretary of labor", None)),
        ("Delegates welcomed Tomas Varga's election to the position of Deputy Leader.",
         ("Tomas Varga", "deputy leader", None)),
        # a bare ministry head keeps the organisation it heads in its role
        ("Tomas Varga is the Secretary of the Navy.", ("Tomas Varga", "secretary of navy", "Navy")),
    ],
)
def test_posts_in_careers_and_nominations(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "I look forward to welcoming Ambassador Tomas Varga in the coming days.",  # a courtesy title
        "The Senate approved General Tomas Varga and General Ilse Brandt on Friday.",  # a military rank
        "Tomas Varga, a Chilean-American economist, was approved by the assembly.",  # origin and occupation
    ],
)
def test_ranks_courtesy_titles_and_occupations_are_no_posts(nlp, text: str) -> None:
    assert _roles(nlp, text) == set()


def test_a_demonym_is_not_part_of_the_role(nlp) -> None:
    roles = {p[1] for p in _roles(nlp, "French Director General for Political Affairs Tomas Varga met the press.")}
    assert roles == {"director general for political affairs"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Halvard Supervisory Board met in Oslo today. Board Chairman Tomas Varga opened the meeting.",
         ("Tomas Varga", "chairman", "Halvard Supervisory Board")),
        ("The Wikimedia Foundation met today. Ilse Brandt was confirmed as Executive Director for the Foundation.",
         ("Ilse Brandt", "executive director", "Wikimedia Foundation")),
    ],
)
def test_a_body_named_by_one_word_of_its_name(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)
