"""`python -m api serve` without a built graph builds it first; a build that fails stops there with a message,
not a traceback, and a non-zero exit status."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.fixtures.root import REPO


def serve(root, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "GWR_ROOT": str(root), "PYTHONPATH": str(REPO), "GWR_SPARQL_ENDPOINT": "",
           "GWR_STORE_DIR": ""}
    return subprocess.run([sys.executable, "-m", "api", "serve", "--port", "9"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_a_failed_build_is_reported_and_nothing_is_served(fresh_root):
    records = fresh_root / "data" / "reports" / "dalian-2024" / "records" / "mini.yaml"
    records.write_text(records.read_text("utf-8").replace("indicator: indicator/gdp", "indicator: indicator/no-such",
                                                          1), encoding="utf-8")
    done = serve(fresh_root)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "building the graph first" in done.stderr
    assert "indicator/no-such" in done.stderr                        # the problem, as `python -m api build` says it
    assert done.stderr.strip().splitlines()[-1] == "cannot serve: the graph could not be built (see above)"
    assert not (fresh_root / "data" / "graph" / "all.nq").exists()
