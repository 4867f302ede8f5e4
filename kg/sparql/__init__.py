"""SPARQL text: the security decisions on a query (:mod:`kg.sparql.guard`) and the query workers'
network wall (:mod:`kg.sparql.netwall`)."""
