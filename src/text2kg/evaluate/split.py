"""Two fixed halves of a gold file, by document id: ``tune`` and ``heldout``.

Rules, weights and thresholds are fitted on ``tune`` only; every figure we publish is
measured on ``heldout``, documents nothing was tuned on. A document's half follows from its
id alone (the parity of a SHA-1 digest), so it never changes when documents are added or
reordered; ``eval/redocred-split.txt`` lists the held-out ids of Re-DocRED dev it gives.

>>> split_of("redocred-dev-0000"), split_of("redocred-dev-0001")
('heldout', 'tune')
"""

from __future__ import annotations

import hashlib

SPLITS = ("tune", "heldout")


def split_of(document_id: str) -> str:
    """``tune`` or ``heldout``, the half ``document_id`` belongs to."""
    digest = hashlib.sha1(document_id.encode("utf-8")).digest()
    return SPLITS[digest[-1] & 1]
