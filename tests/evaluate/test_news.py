from __future__ import annotations

import json
from pathlib import Path

import pytest

from text2kg.evaluate.gold import GoldFormatError
from text2kg.evaluate.news import read_news_gold

TEXT = 'Kumi Naidoo, the secretary-general of Amnesty International, said: “We will not stop.” He left.'


def story(**changes) -> dict:
    base = {
        "id": "s1", "title": "T", "date": "2019-05-01", "url": "https://example.org/s1", "source": "Example",
        "licence": "CC BY 4.0", "split": "dev", "text": TEXT,
        "entities": [
            {"type": "Person", "name": "Kumi Naidoo", "aliases": ["Naidoo"]},
            {"type": "Organization", "name": "Amnesty International", "aliases": ["Amnesty"]},
        ],
        "posts": [{"person": "Naidoo", "role": "secretary-general", "organization": "the Amnesty",
                   "start": None, "end": None, "qualifier": None, "evidence": "Kumi Naidoo, the"}],
        "quotations": [{"speaker": "Kumi Naidoo", "start": "“We will not"}],
    }
    return {**base, **changes}


def write(tmp_path: Path, *stories: dict) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    return path


def test_reads_a_story_with_names_resolved_and_quotes_located(tmp_path: Path) -> None:
    [item] = read_news_gold(write(tmp_path, story()))
    assert item.document.id == "s1" and item.document.date == "2019-05-01" and item.split == "dev"
    [post] = item.posts
    assert post.person.name == "Kumi Naidoo" and post.organization.name == "Amnesty International"
    assert not post.implied
    [quote] = item.quotations
    assert quote.speaker.name == "Kumi Naidoo"
    assert TEXT[quote.offsets[0]:].startswith("We will not")


def test_split_and_limit_choose_stories(tmp_path: Path) -> None:
    path = write(tmp_path, story(id="a"), story(id="b", split="heldout"), story(id="c"))
    assert [d.document.id for d in read_news_gold(path, split="dev")] == ["a", "c"]
    assert [d.document.id for d in read_news_gold(path, split="heldout")] == ["b"]
    assert [d.document.id for d in read_news_gold(path, limit=2)] == ["a", "b"]


@pytest.mark.parametrize(("changes", "message"), [
    ({"text": None}, "not a gold news document (missing or bad field 'text')"),
    ({"entities": [{"type": "Event", "name": "X"}]}, "entity 'X': type 'Event' is not one of Person, Organization, Place"),
    ({"posts": [{"person": "Nobody", "role": "chair"}]}, "post 1: person 'Nobody' is not the name or alias of an entity"),
    ({"posts": [{"person": "Naidoo", "role": "chair", "organization": "UN"}]},
     "post 1: organization 'UN' is not the name or alias of an entity"),
    ({"quotations": [{"speaker": "Naidoo", "start": "We shall"}]}, "quotation 1: its start 'We shall' is not in the text"),
])
def test_a_bad_story_is_one_line_naming_file_and_line(tmp_path: Path, changes: dict, message: str) -> None:
    path = write(tmp_path, story(), story(**changes))
    with pytest.raises(GoldFormatError) as err:
        list(read_news_gold(path))
    assert str(err.value) == f"{path}:2: {message}"


def test_a_line_that_is_not_json_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(story()) + "\n\n{oops\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"news\.jsonl:3: not valid JSON"):
        list(read_news_gold(path))
