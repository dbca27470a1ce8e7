from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import minimal_pdf
from text2kg.documents import InputProblem, read_documents


def read(paths, stdin=None):
    problems: list[InputProblem] = []
    docs = list(read_documents(paths, problems.append, stdin=stdin))
    return docs, problems


def test_folder_is_read_recursively_with_ids_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody text.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Title here\n\nMore text.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("secret", encoding="utf-8")
    docs, problems = read([tmp_path])
    assert [d.id for d in docs] == ["a.txt", "sub/b.md"]
    assert [d.title for d in docs] == ["Headline", "Title here"]
    assert problems == []


def test_a_file_named_directly_takes_its_name_as_id(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The vote was held on Friday.", encoding="utf-8")
    docs, _ = read([path])
    assert docs[0].id == "story.txt"
    assert docs[0].title is None  # a sentence is not a headline
    assert docs[0].source == str(path)


def test_text_is_kept_byte_for_byte_apart_from_a_bom(tmp_path: Path) -> None:
    text = "Line one\r\nLine  two\n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    docs, _ = read([tmp_path / "a.txt"])
    assert docs[0].text == text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"  \n\n ", "empty document"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "Café au lait".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
        ("scan.pdf", minimal_pdf([]), "no text layer"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
        ("blank.html", b"<html><script>x()</script></html>", "no visible text"),
    ],
)
def test_bad_file_is_reported_once_and_the_rest_still_read(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("Amnesty International said so.", encoding="utf-8")
    docs, problems = read([tmp_path])
    assert [d.id for d in docs] == ["good.txt"]
    assert len(problems) == 1
    assert problems[0].source == str(tmp_path / name)
    assert message in problems[0].message
    assert "\n" not in str(problems[0])


def test_missing_path_and_empty_folder_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    docs, problems = read([tmp_path / "nope.txt", tmp_path / "empty"])
    assert docs == []
    assert [p.message for p in problems] == [
        "no such file or folder",
        "no documents found (looked for .txt, .md, .html, .htm, .pdf, .jsonl)",
    ]


def test_jsonl_keeps_metadata_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "w1", "title": "T", "date": "2024-04-12", "url": "https://x.example/1", "text": "One."}),
        "{not json",
        json.dumps({"id": "w2"}),
        "",
        json.dumps({"text": "No id here."}),
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, problems = read([tmp_path / "wire.jsonl"])
    assert [(d.id, d.title, d.date, d.url) for d in docs] == [
        ("w1", "T", "2024-04-12", "https://x.example/1"),
        ("wire.jsonl#5", None, None, None),
    ]
    assert [(p.source.rsplit(":", 1)[1], p.message.split(" (")[0]) for p in problems] == [
        ("2", "not valid JSON"),
        ("3", 'no "text" string'),
    ]


def test_duplicate_ids_are_skipped_with_a_message(tmp_path: Path) -> None:
    line = json.dumps({"id": "same", "text": "Text."})
    (tmp_path / "a.jsonl").write_text(line + "\n" + line + "\n", encoding="utf-8")
    docs, problems = read([tmp_path / "a.jsonl"])
    assert len(docs) == 1
    assert "duplicate document id 'same'" in problems[0].message


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(minimal_pdf(["Annual report", "Amnesty International (AI) said."]))
    docs, problems = read([tmp_path])
    assert problems == []
    assert "Amnesty International (AI) said." in docs[0].text
    assert docs[0].title == "Annual report"


def test_stdin_is_a_document() -> None:
    docs, _ = read(["-"], stdin=io.BytesIO("Raisi spoke.".encode("utf-8")))
    assert [(d.id, d.text) for d in docs] == [("stdin", "Raisi spoke.")]
