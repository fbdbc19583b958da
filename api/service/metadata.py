"""Metadata routes: VoID + DCAT description, dumps with ETag and caching, health, version."""
from __future__ import annotations

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import FileResponse, JSONResponse, Response

from api import __version__
from api.service import dumps, formats
from api.service.backend import Isolation, Overloaded, QueryFailed, QueryTimeout
from api.service.description import dataset_description, stats
from api.service.problems import problem


async def well_known_void(request: Request) -> Response:
    return await dataset_description(request, sizes=await dumps.dump_sizes(request.app.state.engine))


async def dataset(request: Request) -> Response:
    return await dataset_description(request, sizes=await dumps.dump_sizes(request.app.state.engine))


async def dataset_file(request: Request, ext: str) -> Response:
    key = formats.by_suffix(ext, formats.DOCUMENTS)
    if key is None:
        return problem(404, f"no dataset description as .{ext}", instance=request.url.path)
    return await dataset_description(request, key, sizes=await dumps.dump_sizes(request.app.state.engine))


async def dump(request: Request, name: str) -> Response:
    engine = request.app.state.engine
    if name not in await dumps.dump_names(engine):
        return problem(404, f"no dump {name[:100]!r}; the dumps are all.nq, all.trig, all.jsonld and "
                            "<graph>.ttl for each named graph (see /dataset)", instance=request.url.path)
    etag = f'"{engine.dump_sha256[:32]}-{name}"'
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={engine.settings.dump_max_age}"}
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    path = await dumps.dump_file(engine, name)
    if path is None:
        return problem(404, f"no graph for dump {name!r}", instance=request.url.path)
    ext = name.rsplit(".", 1)[-1]
    media = formats.CONTENT_TYPE[formats.SUFFIXES[ext]] if ext in formats.SUFFIXES else "application/octet-stream"
    return FileResponse(path, media_type=media, headers=headers, filename=name,
                        content_disposition_type="inline")


async def health(request: Request) -> Response:
    engine = request.app.state.engine
    try:
        answer = await engine.run("ASK { }", results="json", timeout=5)
        await answer.body()
    except (QueryFailed, QueryTimeout, Overloaded) as exc:
        return problem(503, f"the query workers do not answer: {type(exc).__name__}", instance="/health")
    return JSONResponse(health_figures(engine))


def health_figures(engine) -> dict:
    """/health's counters. `workers` are the /sparql lane's (GWR_WORKERS, grown on demand); `lanes` has each
    lane's workers, busy workers, queries in its pool and workers replaced after a timeout, crash or hang-up
    (backend.Load). With a remote backend both lanes are the one endpoint."""
    lanes = engine.lanes()
    loads = {name: backend.load() for name, backend in lanes.items()}
    distinct = {id(backend): loads[name] for name, backend in lanes.items()}
    admission = engine.admission
    return {"status": "ok", "workers": loads["open"].workers,
            "replaced": sum(load.replaced for load in distinct.values()),
            "pending": engine.pending,
            "lanes": {name: {"workers": load.workers, "busy": load.busy, "pending": load.pending,
                             "replaced": load.replaced, "grown": load.grown, "shrunk": load.shrunk}
                      for name, load in loads.items()},
            "clients": {"running": admission.total_running, "waiting": admission.total_waiting,
                        "refused": admission.refused, "abandoned": engine.abandoned},
            "sandbox": sandbox_figures(lanes["open"].isolation())}


def sandbox_figures(isolation: Isolation) -> dict:
    """Whether the /sparql workers are sandboxed from the network (api/service/sandbox.py), how, and whether
    /sparql refuses queries for want of it. A remote backend cannot be sandboxed from here: `null`."""
    return {"sandboxed": isolation.sandboxed, "how": list(isolation.how), "reason": isolation.reason,
            "sparql_refused": bool(isolation.refusal)}


async def version(request: Request) -> Response:
    engine = request.app.state.engine
    info = await stats(engine)
    return JSONResponse({"service": __version__, "pyoxigraph": ox.__version__, "data": {
        "sha256": engine.dump_sha256, "triples": info["triples"], "graphs": info["graphs"]}})
