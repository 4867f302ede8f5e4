"""Build engines: where extraction runs. ``local`` (:mod:`kg.engines.local`) uses this machine's
processes; ``dask`` (:mod:`kg.engines.dask`) a Dask cluster. Both find the sources and write each
source's graph the same way (:mod:`kg.engines.base`), so they build the same store."""

#: The engines ``kg build --engine`` offers, the default first.
ENGINES = ("local", "dask")
