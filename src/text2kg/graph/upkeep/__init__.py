"""Cross-document upkeep: the corpus summary, entity ranks and reconciliation after changes."""
