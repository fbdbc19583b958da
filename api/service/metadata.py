"""Metadata routes: VoID + DCAT description, dumps with ETag and caching, health, version."""
from __future__ import annotations

import asyncio
import re

import pyoxigraph as ox
from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response

from api import __version__
from api.service import formats
from api.service.backend import Isolation, Overloaded, QueryFailed, QueryTimeout
from api.service.description import dataset_description, stats
from api.service.prefixes import prefixes_for
from api.service.problems import problem
from api.store import dump_path

# name → Oxigraph format (formats.FORMATS); per-graph Turtle is /dumps/<graph>.ttl
DUMPS = {"all." + formats.SUFFIX_OF[key]: formats.GRAPH_FORMATS[key] for key in ("nquads", "trig", "jsonld")}


async def well_known_void(request: Request) -> Response:
    return await dataset_description(request)


async def dataset(request: Request) -> Response:
    return await dataset_description(request)


async def dataset_file(request: Request, ext: str) -> Response:
    key = formats.by_suffix(ext, formats.DOCUMENTS)
    if key is None:
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
    prefixes = prefixes_for(settings)
    if name in DUMPS:
        write(target, formats.written(ox.serialize(quads, None, DUMPS[name],
                                                   prefixes=prefixes if name.endswith("trig") else None)))
    else:
        graphs: dict[str, list] = {}
        for q in quads:
            key = graph_key(settings, q.graph_name.value) if isinstance(q.graph_name, ox.NamedNode) else None
            if key:
                graphs.setdefault(key, []).append(q.triple)
        for key, triples in graphs.items():
            write(folder / f"{key}.ttl",
                  formats.written(ox.serialize(triples, None, ox.RdfFormat.TURTLE, prefixes=prefixes)))
    return str(target) if target.exists() else None


def write(target, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)


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
