"""Build engines: where extraction runs. ``local`` is :func:`kg.build.build` (this machine's
processes); ``dask`` (:mod:`kg.engines.dask`) runs it on a Dask cluster."""

ENGINES = ("local", "dask")
