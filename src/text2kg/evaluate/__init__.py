"""Measuring extraction against gold annotations."""

from text2kg.evaluate.entities import EntityReport, evaluate_entities
from text2kg.evaluate.gold import GoldDocument, read_gold
from text2kg.evaluate.scores import Scores

__all__ = ["EntityReport", "GoldDocument", "Scores", "evaluate_entities", "read_gold"]
