from text2kg.documents.webpage import html_to_text


def test_scripts_styles_and_navigation_are_not_text() -> None:
    html = """<html><head><title>Vote count</title><style>p{color:red}</style></head>
    <body><nav><a>Home</a> <a>World</a></nav><script>var name = "Hidden Person";</script>
    <h1>Results</h1><p>The <b>Green</b> Alliance won&nbsp;54 seats.</p>
    <p>Turnout was 71&#37;.</p></body></html>"""
    text, title = html_to_text(html)
    assert title == "Vote count"
    assert text == "Results\n\nThe Green Alliance won\xa054 seats.\n\nTurnout was 71%."
    assert "Hidden" not in text and "Home" not in text


def test_title_falls_back_to_the_first_heading() -> None:
    assert html_to_text("<h1>Port strike ends</h1><p>Text.</p>")[1] == "Port strike ends"


def test_deeply_nested_and_unclosed_markup_is_read() -> None:
    html = "<div>" * 20000 + "Deep text" + "</div>" * 10 + "<p>unclosed"
    text, _ = html_to_text(html)
    assert "Deep text" in text and "unclosed" in text
