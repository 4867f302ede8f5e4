"""SPARQL text: the one tokenizer and what is read from it (:mod:`kg.sparql.tokens`: form, dataset
clauses, update keywords, prefixes), the size check (:mod:`kg.sparql.size`), rewriting for a remote
engine (:mod:`kg.sparql.rewrite`), messages for a query that does not parse
(:mod:`kg.sparql.errors`), the W3C results writers (:mod:`kg.sparql.results`), the security
decisions on a query (:mod:`kg.sparql.guard`) and the query workers' network wall
(:mod:`kg.sparql.netwall`)."""
