from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text2kg.documents.jsonl import parse_jsonl
from text2kg.records import Document


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_a_unicode_line_separator_inside_text_does_not_break_the_line(separator: str) -> None:
    # json.dumps(ensure_ascii=False) leaves these raw: only "\n" ends a JSON line
    line = json.dumps({"id": "a", "text": f"One{separator}two."}, ensure_ascii=False)
    [(number, item)] = list(parse_jsonl(line + "\n", "f.jsonl", "f.jsonl"))
    assert number == 1
    assert isinstance(item, Document)
    assert item.text == f"One{separator}two."


def test_crlf_line_endings_are_lines_too() -> None:
    text = '{"text": "One."}\r\n{"text": "Two."}\r\n'
    assert [(n, item.text) for n, item in parse_jsonl(text, "f", "f")] == [(1, "One."), (2, "Two.")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1).filter(str.strip), min_size=1, max_size=5))
def test_every_json_line_is_read_back_whole(texts: list[str]) -> None:
    lines = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts) + "\n"
    read = list(parse_jsonl(lines, "f", "f"))
    assert [(n, item.text) for n, item in read] == [(n, t) for n, t in enumerate(texts, start=1)]
