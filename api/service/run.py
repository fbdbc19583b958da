"""`python -m api serve`: run the app on uvicorn. (When the graph is missing, the command line builds it first:
api/cli.py; the service never imports the curation code.)"""
from __future__ import annotations

import logging
import sys

from api.settings import Settings
from api.store import dump_path


def graph_missing(settings: Settings) -> bool:
    """Whether there is nothing to serve: no built graph, no on-disk store, no other endpoint."""
    return not settings.store_dir and not settings.sparql_endpoint and not dump_path(settings).exists()


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> int:
    if graph_missing(settings):
        print(f"{dump_path(settings)} is missing: run `python -m api build` first; cannot serve", file=sys.stderr)
        return 1
    from api.service.engine import preload
    preload(settings)      # the store loads while FastAPI and the app are imported (cold start)
    import uvicorn

    from api.service.app import create_app
    from api.service.connection import protocol
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        # http=: uvicorn's httptools protocol with a bounded request head and time limits (connection.py)
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False,
                    timeout_graceful_shutdown=5, http=protocol(settings),
                    timeout_keep_alive=settings.keepalive_timeout)
    except KeyboardInterrupt:
        pass
    print(f"stopped serving on http://{host}:{port}", file=sys.stderr)
    return 0
