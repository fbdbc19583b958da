"""Metadata routes: VoID + DCAT description, dumps with ETag and caching, health, version."""
from __future__ import annotations

import asyncio
import re

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


GRAPH_FILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")   # the local part of a graph IRI that names a file


def graph_key(settings, iri: str) -> str | None:
    """`<base>graph/dalian-2024` → `dalian-2024` (None for other IRIs)."""
    prefix = settings.base_iri + "graph/"
    local = iri.removeprefix(prefix)
    return local if iri.startswith(prefix) and GRAPH_FILE.fullmatch(local) else None


async def dump_names(engine) -> frozenset[str]:
    """What /dumps/ serves: the dataset as all.nq, all.trig and all.jsonld, and `<graph>.ttl` for every named
    graph of the store — taken from the graph sizes the service counts once for VoID (description.stats), so
    that an unknown name is a 404 without parsing anything, and nothing is remembered per unknown name."""
    async def compute():
        if not dump_path(engine.settings).exists():     # e.g. an on-disk store served without its dump
            return frozenset()
        graphs = (graph_key(engine.settings, iri) for iri in (await stats(engine))["graphs"])
        return frozenset(DUMPS) | {key + ".ttl" for key in graphs if key}
    return await engine.once("dump:names", compute)


def make_dump(settings, digest: str, name: str) -> str | None:
    """Write a derived dump once per dump version into the cache directory (None if it has no such graph).

    Reading the dump is the costly part, so asking for one graph's Turtle writes every graph's at once."""
    folder = settings.cache_dir / digest[:16]
    target = folder / name
    if target.exists():
        return str(target)
    quads = list(ox.parse(path=str(dump_path(settings)), format=ox.RdfFormat.N_QUADS))
    from api.service.engine import prefixes_for
    prefixes = prefixes_for(settings)
    if name in DUMPS:
        write(target, ox.serialize(quads, None, DUMPS[name],
                                   **({"prefixes": prefixes} if name.endswith("trig") else {})))
    else:
        graphs: dict[str, list] = {}
        for q in quads:
            key = graph_key(settings, q.graph_name.value) if isinstance(q.graph_name, ox.NamedNode) else None
            if key:
                graphs.setdefault(key, []).append(q.triple)
        for key, triples in graphs.items():
            write(folder / f"{key}.ttl", ox.serialize(triples, None, ox.RdfFormat.TURTLE, prefixes=prefixes))
    return str(target) if target.exists() else None


def write(target, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)


@router.get("/dumps/{name}", summary="Dumps: all.nq, all.trig, all.jsonld, <graph>.ttl (ETag, Cache-Control)")
async def dump(request: Request, name: str) -> Response:
    engine = request.app.state.engine
    if name not in await dump_names(engine):
        return problem(404, f"no dump {name[:100]!r}; the dumps are all.nq, all.trig, all.jsonld and "
                            "<graph>.ttl for each named graph (see /dataset)", instance=request.url.path)
    etag = f'"{engine.dump_sha256[:32]}-{name}"'
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={engine.settings.dump_max_age}"}
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    if name == "all.nq":
        path = str(dump_path(engine.settings))
    else:
        async def derive():
            # Once per existing name (engine.once), in a thread, one derivation at a time: each reads the dump.
            async with engine.locks.setdefault("dump:derive", asyncio.Lock()):
                return await run_in_threadpool(make_dump, engine.settings, engine.dump_sha256, name)
        path = await engine.once(f"dump:{name}", derive)
    if path is None:
        return problem(404, f"no graph for dump {name!r}", instance=request.url.path)
    ext = name.rsplit(".", 1)[-1]
    media = formats.CONTENT_TYPE[formats.SUFFIXES[ext]] if ext in formats.SUFFIXES else "application/octet-stream"
    return FileResponse(path, media_type=media, headers=headers, filename=name,
                        content_disposition_type="inline")


@router.get("/health", summary="Liveness: the workers answer a query")
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
    lane's workers, busy workers, queries in its pool and workers replaced after a timeout, crash or hang-up."""
    lanes = {"own": engine.pool, "open": engine.open or engine.pool}
    admission = engine.admission
    return {"status": "ok", "workers": len(lanes["open"].workers),
            "replaced": sum(p.replaced for p in {id(p): p for p in lanes.values()}.values()),
            "pending": engine.pending,
            "lanes": {name: {"workers": len(p.workers), "busy": getattr(p, "busy", p.pending), "pending": p.pending,
                             "replaced": p.replaced, "grown": getattr(p, "grown", 0), "shrunk": getattr(p, "shrunk", 0)}
                      for name, p in lanes.items()},
            "clients": {"running": admission.total_running, "waiting": admission.total_waiting,
                        "refused": admission.refused, "abandoned": engine.abandoned},
            "sandbox": sandbox_figures(lanes["open"])}


def sandbox_figures(pool) -> dict:
    """Whether the /sparql workers are sandboxed from the network (api/service/sandbox.py), how, and whether
    /sparql refuses queries for want of it. A remote backend cannot be sandboxed from here: `null`."""
    return {"sandboxed": getattr(pool, "sandboxed", None), "how": list(getattr(pool, "sandbox_how", []) or []),
            "reason": getattr(pool, "sandbox_reason", None), "sparql_refused": bool(getattr(pool, "refusal", None))}


@router.get("/version", summary="Versions of the service, its engine and its data")
async def version(request: Request) -> Response:
    engine = request.app.state.engine
    info = await stats(engine)
    return JSONResponse({"service": __version__, "pyoxigraph": ox.__version__, "data": {
        "sha256": engine.dump_sha256, "triples": info["triples"], "graphs": info["graphs"]}})
