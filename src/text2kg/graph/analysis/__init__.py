"""The entity network: projection to networkx, evidence, statistics and export."""
