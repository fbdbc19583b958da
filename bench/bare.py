"""The baseline: a bare FastAPI + pyoxigraph SPARQL endpoint in a few lines (no safety, no limits)."""
import os

import pyoxigraph as ox
from fastapi import FastAPI
from fastapi.responses import Response

store = ox.Store()
store.bulk_load(path=os.environ.get("BARE_DUMP", "data/graph/all.nq"), format=ox.RdfFormat.N_QUADS)
app = FastAPI()


@app.get("/sparql")
def sparql(query: str) -> Response:
    result = store.query(query, use_default_graph_as_union=True)
    return Response(result.serialize(format=ox.QueryResultsFormat.JSON), media_type="application/sparql-results+json")
