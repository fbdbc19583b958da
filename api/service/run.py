"""`python -m api serve`: build the graph if it is missing, then run the app on uvicorn."""
from __future__ import annotations

import logging
import sys

from api.settings import Settings
from api.store import dump_path


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> int:
    if not settings.store_dir and not settings.sparql_endpoint and not dump_path(settings).exists():
        print(f"{dump_path(settings)} is missing: building the graph first", file=sys.stderr)
        from api.build import build
        result = build(settings)
        if isinstance(result, int) and result != 0:
            return result
        if not settings.store_dir and not settings.sparql_endpoint and not dump_path(settings).exists():
            print("the build did not produce the graph; cannot serve", file=sys.stderr)
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
