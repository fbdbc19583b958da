"""The dumps /dumps/ serves: the whole dataset as N-Quads (the build's all.nq), TriG and JSON-LD, and each named
graph as Turtle; which names exist, their files (derived once per data version) and their byte sizes."""
from __future__ import annotations

import asyncio
import os
import re

import pyoxigraph as ox
from fastapi.concurrency import run_in_threadpool

from api.service import formats
from api.service.description import stats
from api.service.prefixes import prefixes_for
from api.store import dump_path

# name → Oxigraph format (formats.FORMATS); per-graph Turtle is /dumps/<graph>.ttl
DUMPS = {"all." + formats.SUFFIX_OF[key]: formats.GRAPH_FORMATS[key] for key in ("nquads", "trig", "jsonld")}


async def dump_sizes(engine) -> dict[str, int]:
    """The byte size of each whole-dataset dump that /dumps/ serves (dcat:byteSize): the derived ones are
    written once per data version (the same files /dumps/ then serves)."""
    names = await dump_names(engine)
    sizes = {}
    for name in DUMPS:
        if name in names:
            path = await dump_file(engine, name)
            if path is not None:
                sizes[name] = os.path.getsize(path)
    return sizes


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


async def dump_file(engine, name: str) -> str | None:
    """The file of a served dump name (None if it has no such graph)."""
    if name == "all.nq":
        return str(dump_path(engine.settings))

    async def derive():
        # Once per existing name (engine.once), in a thread, one derivation at a time: each reads the dump.
        async with engine.locks.setdefault("dump:derive", asyncio.Lock()):
            return await run_in_threadpool(make_dump, engine.settings, engine.dump_sha256, name)
    return await engine.once(f"dump:{name}", derive)
