"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the store, with a query page.

The HTTP side (Starlette on uvicorn) only parses and answers requests; every query runs in a pool of
worker processes (:mod:`kg.serve.pool`), so a query past its deadline is killed, not waited for.
"""

from __future__ import annotations

# The app lives in kg.serve.app; import it from there (this package loads no web framework).
