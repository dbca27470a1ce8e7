"""Measuring extraction against gold annotations."""

from text2kg.evaluate.entities import EntityReport, evaluate_entities
from text2kg.evaluate.facts import FactReport, evaluate_facts
from text2kg.evaluate.gold import GoldDocument, read_gold
from text2kg.evaluate.news import NewsDocument, read_news_gold
from text2kg.evaluate.scores import Scores

__all__ = [
    "EntityReport", "FactReport", "GoldDocument", "NewsDocument", "Scores",
    "evaluate_entities", "evaluate_facts", "read_gold", "read_news_gold",
]
