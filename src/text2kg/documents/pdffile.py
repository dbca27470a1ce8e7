"""The text layer of a PDF, through pypdf."""

from __future__ import annotations

import io
import logging
import warnings

from text2kg.documents.text import UnreadableInput, require_text


def pdf_to_text(data: bytes) -> tuple[str, str | None]:
    """Return the text of every page (pages separated by a blank line) and the PDF's title.

    Raises:
        UnreadableInput: not a PDF pypdf can read, encrypted, or without a text layer
            (a scanned document needs OCR first; we do not guess).
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # pypdf warns loudly about harmless quirks
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise UnreadableInput("encrypted PDF")
            pages = [(page.extract_text() or "").strip() for page in reader.pages]
            title = (reader.metadata.title if reader.metadata else None) or None
    except UnreadableInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as err:
        raise UnreadableInput(f"not a readable PDF ({err})") from None
    finally:
        pypdf_log.setLevel(level)
    text = "\n\n".join(page for page in pages if page)
    try:
        require_text(text)
    except UnreadableInput:
        raise UnreadableInput(
            f"PDF has no text layer ({len(pages)} page(s)); it looks scanned, run OCR first"
        ) from None
    return text, str(title).strip() if title else None
