import pytest

from text2kg.extract.dates import is_placeable_date, normalize_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1988", "1988"),
        ("in 1988", "1988"),
        ("January 2010", "2010-01"),
        ("Sept. 2019", "2019-09"),
        ("3 September 2021", "2021-09-03"),
        ("September 3rd, 2021", "2021-09-03"),
        ("2021-09-03", "2021-09-03"),
        ("1999 to 2008", "1999/2008"),
        ("2018–2020", "2018/2020"),
        ("between 2001 and 2004", "2001/2004"),
        ("1997-8", "1997/1998"),
        ("31 February 2020", None),
        ("2008 to 1999", None),
        ("Friday", None),
        ("the 1990s", None),
    ],
)
def test_normalize_without_anchor(text: str, iso: str | None) -> None:
    assert normalize_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Friday", "2021-09-03"),  # the anchor is Monday 6 September 2021
        ("on Monday", "2021-09-06"),
        ("last Sunday", "2021-09-05"),
        ("yesterday", "2021-09-05"),
        ("last year", "2020"),
        ("last September", "2020-09"),
        ("last August", "2021-08"),
        ("next March", "2022-03"),
        ("today", "2021-09-06"),
    ],
)
def test_relative_dates_resolve_against_the_document_date(text: str, iso: str) -> None:
    assert normalize_date(text, anchor="2021-09-06") == iso


def test_a_bad_anchor_resolves_nothing() -> None:
    assert normalize_date("Friday", anchor="sometime") is None


@pytest.mark.parametrize(
    ("text", "placeable"),
    [("1988", True), ("last September", True), ("three months ago", True), ("the 1990s", True),
     ("67", False), ("nine days", False), ("24 years", False), ("spring", False), ("one-day", False)],
)
def test_only_dates_that_say_when_are_kept(text: str, placeable: bool) -> None:
    assert is_placeable_date(text) is placeable
