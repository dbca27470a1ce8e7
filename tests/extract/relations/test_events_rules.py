"""Event rules (``text2kg.extract.relations.events``) on hand-built parses."""

from __future__ import annotations

from tests.extract.relations.handbuilt import named, parse, place_entities
from text2kg.extract.relations.events import find_event_facts

REMEMBERED = {1: "remember"}


def test_a_date_or_place_inside_the_events_name_says_when_and_where() -> None:
    doc = parse("They remembered the 1988 Karsk massacre .", [1, 1, 5, 5, 5, 1, 1],
                ["nsubj", "ROOT", "det", "nummod", "compound", "dobj", "punct"], REMEMBERED, verbs=(1,))
    index = place_entities(doc, (2, 6, "Event", "1988 Karsk massacre"), (3, 4, "Date", "1988"), (4, 5, "Place", "Karsk"))
    assert named(find_event_facts(doc, index), index) == {
        ("1988 Karsk massacre", "pointInTime", "1988"), ("1988 Karsk massacre", "location", "Karsk")}


def test_a_place_attached_to_the_head_is_where_and_a_later_date_is_not_when_the_name_has_one() -> None:
    doc = parse("They remembered the 1988 massacre in Karsk in 2011 .", [1, 1, 4, 4, 1, 4, 5, 4, 7, 1],
                ["nsubj", "ROOT", "det", "nummod", "dobj", "prep", "pobj", "prep", "pobj", "punct"], REMEMBERED,
                verbs=(1,))
    index = place_entities(doc, (2, 5, "Event", "1988 massacre"), (3, 4, "Date", "1988"), (6, 7, "Place", "Karsk"),
                           (8, 9, "Date", "2011"))
    assert named(find_event_facts(doc, index), index) == {
        ("1988 massacre", "pointInTime", "1988"), ("1988 massacre", "location", "Karsk")}


def test_an_event_held_in_a_place() -> None:
    doc = parse("The Harbour Summit took place in Oslo .", [2, 2, 3, 3, 3, 3, 5, 3],
                ["det", "compound", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], {3: "take"}, verbs=(3,))
    index = place_entities(doc, (1, 3, "Event", "Harbour Summit"), (6, 7, "Place", "Oslo"))
    assert named(find_event_facts(doc, index), index) == {("Harbour Summit", "location", "Oslo")}


def test_who_attended_took_part() -> None:
    doc = parse("Ida Ross attended the Harbour Summit .", [1, 2, 2, 5, 5, 2, 2],
                ["compound", "nsubj", "ROOT", "det", "compound", "dobj", "punct"], {2: "attend"}, verbs=(2,))
    index = place_entities(doc, (0, 2, "Person", "Ida Ross"), (4, 6, "Event", "Harbour Summit"))
    assert named(find_event_facts(doc, index), index) == {("Harbour Summit", "participant", "Ida Ross")}


def test_who_spoke_during_an_event_took_part_and_who_only_mentioned_it_did_not() -> None:
    during = parse("During the summit , Ida Ross said so .", [6, 2, 0, 6, 5, 6, 6, 6, 6],
                   ["prep", "det", "pobj", "punct", "compound", "nsubj", "ROOT", "advmod", "punct"], {6: "say"},
                   verbs=(6,))
    index = place_entities(during, (1, 3, "Event", "summit"), (4, 6, "Person", "Ida Ross"))
    assert named(find_event_facts(during, index), index) == {("summit", "participant", "Ida Ross")}
    about = parse("Ida Ross wrote about the summit .", [1, 2, 2, 2, 5, 3, 2],
                  ["compound", "nsubj", "ROOT", "prep", "det", "pobj", "punct"], {2: "write"}, verbs=(2,))
    index = place_entities(about, (0, 2, "Person", "Ida Ross"), (4, 6, "Event", "summit"))
    assert find_event_facts(about, index) == []


def test_a_verb_of_violence_during_an_event_names_its_agent_and_who_it_affected() -> None:
    doc = parse("During the massacre , Velka executed Ida Ross .", [5, 2, 0, 5, 5, 5, 7, 5, 5],
                ["prep", "det", "pobj", "punct", "nsubj", "ROOT", "compound", "dobj", "punct"], {5: "execute"},
                verbs=(5,))
    index = place_entities(doc, (1, 3, "Event", "massacre"), (4, 5, "Organization", "Velka"),
                           (6, 8, "Person", "Ida Ross"))
    assert named(find_event_facts(doc, index), index) == {
        ("massacre", "agent", "Velka"), ("massacre", "affected", "Ida Ross")}
