"""Reading documents from files, folders, JSONL and standard input."""

from text2kg.documents.read import MAX_CHARS, SUFFIXES, InputProblem, read_documents

__all__ = ["MAX_CHARS", "SUFFIXES", "InputProblem", "read_documents"]
