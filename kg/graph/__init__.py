"""The entity graph: the store as a networkx graph of entities and facts (:mod:`kg.graph.view`),
and the questions asked of it (:mod:`kg.graph.questions`: stats, paths, neighbourhoods). The
pictures and the timeline in :mod:`kg.export` draw this graph; ``kg stats``, ``kg path`` and
``kg neighbours`` (:mod:`kg.cli.graph`) print its answers."""
