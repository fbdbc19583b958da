"""Run a function in a child process that cannot open network sockets, and get its (pickled) result back.

pyoxigraph alone evaluates SERVICE by sending an HTTP request (and a DNS lookup before it); the
suites' syntax-fed tests name http://example.org/sparql. The engine-alone side of the harness therefore
runs in a child sandboxed exactly like the service's query workers (api/service/sandbox.py): no inet
socket can be made. Unix sockets and files still work. Where the sandbox cannot be set up (another OS
or CPU), `installed` is False and the caller must not run anything that could reach the network.
"""
from __future__ import annotations

import importlib
import pickle
import subprocess
import sys

from api.service import sandbox


def no_inet() -> bool:
    """Sandbox this process (for good) as the service sandboxes its query workers (api/service/sandbox.py:
    a network namespace where permitted, a seccomp filter refusing every socket family but AF_UNIX);
    whether it holds."""
    return bool(sandbox.install("on")["sandbox"])


def run_offline(target: str, *args):
    """`function(installed, *args)` for target "module:function", run in a fresh Python child process that
    first tries no_inet(); its return value. (A child process, not a fork: the caller may have threads.)"""
    from tests.fixtures.root import REPO
    done = subprocess.run([sys.executable, "-c", "from tests.w3c.offline import child; child()"],
                          input=pickle.dumps((target, args)), capture_output=True, cwd=REPO, timeout=600)
    if done.returncode != 0 or not done.stdout:
        raise RuntimeError(f"the offline engine process failed ({done.returncode}): "
                           f"{done.stderr.decode('utf-8', 'replace')[-2000:]}")
    return pickle.loads(done.stdout)


def child() -> None:
    """The child's side of run_offline: arguments on stdin, the pickled result on stdout."""
    target, args = pickle.loads(sys.stdin.buffer.read())
    installed = no_inet()
    module, _, name = target.partition(":")
    result = getattr(importlib.import_module(module), name)(installed, *args)
    sys.stdout.buffer.write(pickle.dumps(result))
    sys.stdout.buffer.flush()
