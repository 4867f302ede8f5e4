"""dispute-kg: territorial-dispute news -> an RDF knowledge graph with evidence."""

__version__ = "0.1.0"
