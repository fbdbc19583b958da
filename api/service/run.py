"""`python -m api serve`: run the app on uvicorn. (When the graph is missing, the command line builds it first:
api/cli.py; the service never imports the curation code.)

Once the app is ready (its lifespan has started the engine) one line says where it serves and what:
`serving http://HOST:PORT (data sha256 …, N triples, backend: embedded Oxigraph 0.5.x)`. GWR_ACCESS_LOG=1
turns on uvicorn's access log."""
from __future__ import annotations

import logging
import sys
from contextlib import asynccontextmanager

from api.settings import Settings
from api.store import dump_path


def graph_missing(settings: Settings) -> bool:
    """Whether there is nothing to serve: no built graph, no on-disk store, no other endpoint."""
    return not settings.store_dir and not settings.sparql_endpoint and not dump_path(settings).exists()


def backend_name(settings: Settings) -> str:
    if settings.sparql_endpoint:
        return settings.sparql_endpoint
    import pyoxigraph as ox
    store = f", on-disk store {settings.store_dir}" if settings.store_dir else ""
    return f"embedded Oxigraph {ox.__version__}{store}"


async def startup_line(app, host: str, port: int) -> str:
    from api.service.description import stats
    engine = app.state.engine
    info = await stats(engine)
    sha = engine.dump_sha256 or "unknown"
    return (f"serving http://{host}:{port} (data sha256 {sha}, {info['triples']} triples, "
            f"backend: {backend_name(engine.settings)})")


def announce(app, host: str, port: int) -> None:
    """Wrap the app's lifespan so that the start-up line is printed once the engine has started."""
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(a):
        async with inner(a) as state:
            try:
                line = await startup_line(a, host, port)
            except Exception as exc:   # noqa: BLE001 — the line must not stop the service
                line = f"serving http://{host}:{port} (data figures unavailable: {type(exc).__name__})"
            print(line, file=sys.stderr, flush=True)
            yield state

    app.router.lifespan_context = lifespan


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
    app = create_app(settings)
    announce(app, host, port)
    try:
        # http=: uvicorn's httptools protocol with a bounded request head and time limits (connection.py).
        # The access log needs uvicorn's loggers at info level (uvicorn sets uvicorn.access to log_level).
        uvicorn.run(app, host=host, port=port, log_level="info" if settings.access_log else "warning",
                    access_log=settings.access_log, timeout_graceful_shutdown=5, http=protocol(settings),
                    timeout_keep_alive=settings.keepalive_timeout)
    except KeyboardInterrupt:
        pass
    print(f"stopped serving on http://{host}:{port}", file=sys.stderr)
    return 0
