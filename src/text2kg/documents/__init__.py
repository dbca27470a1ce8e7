"""Reading documents from files, folders, JSONL and standard input."""

from text2kg.documents.read import SUFFIXES, InputProblem, read_documents

__all__ = ["SUFFIXES", "InputProblem", "read_documents"]
