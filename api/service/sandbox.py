"""The query worker's network sandbox, installed right after the fork and before the worker reads a query.

Oxigraph evaluates SERVICE by sending an HTTP request from the process that runs the query. The guard
(guard.py) refuses such queries, but a guard can be fooled; the sandbox makes the network unreachable
from a worker whatever the query says:

1. `unshare(CLONE_NEWNET)` (unshare(2)) when the process may: the worker gets a network namespace of its
   own, whose only interface is a loopback that is down (network_namespaces(7)). Without CAP_SYS_ADMIN it
   tries `CLONE_NEWUSER | CLONE_NEWNET`, allowed where unprivileged user namespaces are (user_namespaces(7)).
2. Always a seccomp filter (seccomp(2), SECCOMP_MODE_FILTER, installed with prctl(2) PR_SET_SECCOMP after
   PR_SET_NO_NEW_PRIVS): socket(2) of any address family but AF_UNIX fails with EACCES (the worker talks
   to the service over a socketpair), io_uring_setup/enter/register fail with EACCES (io_uring could open
   sockets without the socket system call), socketcall(2) is refused where the architecture has it, and a
   system call made through another ABI than the native one (i386 `int 0x80` or x32 on x86_64) kills
   the process, since the filter checks the native numbers only (seccomp(2), "Caveats"; the filter's
   first instruction compares seccomp_data.arch with the AUDIT_ARCH_* value).

Then the worker checks itself: socket(AF_INET) and socket(AF_INET6) must fail. The result goes to the pool
in the worker's first frame (`R` + JSON, see worker.main); Pool.spawn reads it.
Supported: Linux on x86_64 and aarch64; elsewhere the report says "unsupported".
"""
from __future__ import annotations

import ctypes
import errno
import os
import platform
import socket
from typing import Any

# <linux/sched.h>
CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000
# <linux/prctl.h>, <linux/seccomp.h>
PR_SET_SECCOMP = 22
PR_SET_NO_NEW_PRIVS = 38
SECCOMP_MODE_FILTER = 2
SECCOMP_RET_KILL_PROCESS = 0x80000000
SECCOMP_RET_ERRNO = 0x00050000
SECCOMP_RET_ALLOW = 0x7FFF0000
# <linux/filter.h>, <linux/bpf_common.h>: classic BPF opcodes
BPF_LD_W_ABS = 0x00 | 0x00 | 0x20      # BPF_LD | BPF_W | BPF_ABS
BPF_JEQ_K = 0x05 | 0x10 | 0x00         # BPF_JMP | BPF_JEQ | BPF_K
BPF_JSET_K = 0x05 | 0x40 | 0x00        # BPF_JMP | BPF_JSET | BPF_K
BPF_RET_K = 0x06 | 0x00                # BPF_RET | BPF_K
# struct seccomp_data { int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6]; }
OFFSET_NR, OFFSET_ARCH, OFFSET_ARG0 = 0, 4, 16      # args[0]'s low 32 bits on a little-endian machine
AF_UNIX = 1

# <linux/audit.h> AUDIT_ARCH_* and the native system call numbers (asm/unistd_64.h; asm-generic/unistd.h).
ARCHES = {
    "x86_64": {"arch": 0xC000003E, "socket": 41, "socketcall": None, "x32_bit": 0x40000000},
    "aarch64": {"arch": 0xC00000B7, "socket": 198, "socketcall": None, "x32_bit": None},
}
IO_URING = (425, 426, 427)      # io_uring_setup, io_uring_enter, io_uring_register: same on both


def machine() -> str:
    m = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(m, m)


def program(arch: str, sockets: bool = True) -> list[tuple[int, int, int, int]]:
    """The filter as (code, jt, jf, k) instructions for `arch` (a key of ARCHES); `sockets=False` leaves
    out the socket rule (federation)."""
    a = ARCHES[arch]
    deny = SECCOMP_RET_ERRNO | errno.EACCES
    # Labels resolved below: each jump is (code, "label if true", "label if false", k).
    body: list[tuple] = [
        (BPF_LD_W_ABS, None, None, OFFSET_ARCH),
        (BPF_JEQ_K, None, "kill", a["arch"]),
        (BPF_LD_W_ABS, None, None, OFFSET_NR),
    ]
    if a["x32_bit"]:
        body.append((BPF_JSET_K, "kill", None, a["x32_bit"]))
    if sockets:
        body.append((BPF_JEQ_K, "socket", None, a["socket"]))
    if a["socketcall"] is not None:
        body.append((BPF_JEQ_K, "deny", None, a["socketcall"]))
    for nr in IO_URING:
        body.append((BPF_JEQ_K, "deny", None, nr))
    body += [
        (BPF_RET_K, None, None, SECCOMP_RET_ALLOW),
        ("socket",),
        (BPF_LD_W_ABS, None, None, OFFSET_ARG0),
        (BPF_JEQ_K, "allow", "deny", AF_UNIX),
        ("allow",), (BPF_RET_K, None, None, SECCOMP_RET_ALLOW),
        ("deny",), (BPF_RET_K, None, None, deny),
        ("kill",), (BPF_RET_K, None, None, SECCOMP_RET_KILL_PROCESS),
    ]
    labels, at = {}, 0
    for item in body:
        if len(item) == 1:
            labels[item[0]] = at
        else:
            at += 1
    out, at = [], 0
    for item in body:
        if len(item) == 1:
            continue
        code, jt, jf, k = item
        # a jump's offsets count from the next instruction (BPF jumps go forward only)
        out.append((code, 0 if jt is None else labels[jt] - at - 1, 0 if jf is None else labels[jf] - at - 1, k))
        at += 1
    return out


class SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8), ("k", ctypes.c_uint32)]


class SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def enter_network_namespace() -> str | None:
    """unshare(2) into a new network namespace; the way it worked, or None when not permitted."""
    libc = _libc()
    for flags, how in ((CLONE_NEWNET, "netns"), (CLONE_NEWUSER | CLONE_NEWNET, "userns+netns")):
        if libc.unshare(flags) == 0:
            return how
    return None


def install_filter(arch: str, sockets: bool = True) -> None:
    """prctl(PR_SET_NO_NEW_PRIVS, 1), then prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog); OSError on failure."""
    libc = _libc()
    code = program(arch, sockets)
    filters = (SockFilter * len(code))(*[SockFilter(*ins) for ins in code])
    prog = SockFprog(len(code), ctypes.cast(filters, ctypes.POINTER(SockFilter)))
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        e = ctypes.get_errno()
        raise OSError(e, "prctl(PR_SET_NO_NEW_PRIVS): " + os.strerror(e))
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        e = ctypes.get_errno()
        raise OSError(e, "prctl(PR_SET_SECCOMP): " + os.strerror(e))


def inet_blocked() -> bool:
    """The self-check: True when neither an IPv4 nor an IPv6 socket can be made."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.socket(family, socket.SOCK_STREAM).close()
            return False
        except OSError:
            pass
    return True


def install(mode: str = "on", network: bool = False) -> dict:
    """Sandbox this process (a freshly forked worker); returns the report sent to the pool.

    mode "off" is a test setting (GWR_SANDBOX=off): pretend the sandbox could not be set up.
    network=True (a federation allowlist is configured, so SERVICE must reach the listed endpoints):
    no network namespace and no socket rule; io_uring and foreign ABIs are still refused, and the
    report says the network is open."""
    report: dict[str, Any] = {"sandbox": False, "how": [], "reason": None}
    if mode == "off":
        report["reason"] = "the sandbox is switched off (GWR_SANDBOX=off, a test setting)"
        return report
    arch = machine()
    if os.uname().sysname != "Linux" or arch not in ARCHES:
        report["reason"] = f"unsupported: the worker sandbox needs Linux on x86_64 or aarch64, not " \
                           f"{os.uname().sysname} on {arch}"
        return report
    if not network:
        how = enter_network_namespace()
        if how:
            report["how"].append(how)
    try:
        install_filter(arch, sockets=not network)
        report["how"].append("seccomp")
    except OSError as exc:
        report["reason"] = f"seccomp filter refused: {exc}"
        return report
    if network:
        report["federation"] = True
        report["reason"] = ("the federation allowlist (GWR_FEDERATION_ALLOWLIST) is set, so the query workers "
                            "keep network access; the guard alone keeps other SERVICE targets out")
        return report
    if not inet_blocked():
        report["reason"] = "self-check failed: the worker can still open an inet socket"
        return report
    report["sandbox"] = True
    return report
