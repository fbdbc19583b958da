"""Metadata routes: VoID + DCAT description, dumps with ETag and caching, health, version."""
from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response

from api import __version__
from api.service import formats
from api.service.description import dataset_description, stats
from api.service.pool import Overloaded, QueryFailed, QueryTimeout
from api.service.problems import problem
from api.store import dump_path

router = APIRouter(tags=["Metadata"])
# name → (format, media type); per-graph Turtle is /dumps/<graph>.ttl
DUMPS = {"all.nq": ox.RdfFormat.N_QUADS, "all.trig": ox.RdfFormat.TRIG, "all.jsonld": ox.RdfFormat.JSON_LD}


@router.get("/.well-known/void", summary="VoID + DCAT description of the dataset (negotiated)")
async def well_known_void(request: Request) -> Response:
    return await dataset_description(request)


@router.get("/dataset", summary="VoID + DCAT description of the dataset (negotiated)")
async def dataset(request: Request) -> Response:
    return await dataset_description(request)


@router.get("/dataset.{ext}", summary="VoID + DCAT description as .ttl, .nt, .jsonld, .rdf or .html")
async def dataset_file(request: Request, ext: str) -> Response:
    key = formats.SUFFIXES.get(ext)
    if key not in formats.SUFFIX_OF:
        return problem(404, f"no dataset description as .{ext}", instance=request.url.path)
    return await dataset_description(request, key)


def make_dump(settings, digest: str, name: str) -> str | None:
    """Write a derived dump once per dump version into the cache directory; None if no such graph."""
    target = settings.cache_dir / digest[:16] / name
    if target.exists():
        return str(target)
    quads = list(ox.parse(path=str(dump_path(settings)), format=ox.RdfFormat.N_QUADS))
    from api.service.engine import prefixes_for
    prefixes = prefixes_for(settings)
    if name in DUMPS:
        data = ox.serialize(quads, None, DUMPS[name], **({"prefixes": prefixes} if name.endswith("trig") else {}))
    else:
        graph = settings.base_iri + "graph/" + name.removesuffix(".ttl")
        triples = [q.triple for q in quads if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == graph]
        if not triples:
            return None
        data = ox.serialize(triples, None, ox.RdfFormat.TURTLE, prefixes=prefixes)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)
    return str(target)


@router.get("/dumps/{name}", summary="Dumps: all.nq, all.trig, all.jsonld, <graph>.ttl (ETag, Cache-Control)")
async def dump(request: Request, name: str) -> Response:
    engine = request.app.state.engine
    etag = f'"{engine.dump_sha256[:32]}-{name}"'
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={engine.settings.dump_max_age}"}
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    if name == "all.nq":
        path = str(dump_path(engine.settings))
    elif name in DUMPS or (name.endswith(".ttl") and "/" not in name and ".." not in name):
        path = await engine.once(f"dump:{name}", lambda: run_in_threadpool(
            make_dump, engine.settings, engine.dump_sha256, name))
    else:
        return problem(404, f"no dump {name!r}", instance=request.url.path)
    if path is None:
        return problem(404, f"no graph for dump {name!r}", instance=request.url.path)
    ext = name.rsplit(".", 1)[-1]
    media = formats.CONTENT_TYPE[formats.SUFFIXES[ext]] if ext in formats.SUFFIXES else "application/octet-stream"
    return FileResponse(path, media_type=media, headers=headers, filename=name.replace("/", "_"),
                        content_disposition_type="inline")


@router.get("/health", summary="Liveness: the workers answer a query")
async def health(request: Request) -> Response:
    engine = request.app.state.engine
    try:
        answer = await engine.run("ASK { }", results="json", timeout=5)
        await answer.body()
    except (QueryFailed, QueryTimeout, Overloaded) as exc:
        return problem(503, f"the query workers do not answer: {type(exc).__name__}", instance="/health")
    pool = engine.pool
    return JSONResponse({"status": "ok", "workers": len(pool.workers), "replaced": pool.replaced,
                         "pending": pool.pending})


@router.get("/version", summary="Versions of the service, its engine and its data")
async def version(request: Request) -> Response:
    engine = request.app.state.engine
    info = await stats(engine)
    return JSONResponse({"service": __version__, "pyoxigraph": ox.__version__, "data": {
        "sha256": engine.dump_sha256, "triples": info["triples"], "graphs": info["graphs"]}})
