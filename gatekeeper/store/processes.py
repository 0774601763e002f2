"""Is the process that began a call still running?

A call whose ``ended_at`` is still empty is either in progress in another app window or
left behind by a crash (kill -9, power loss). Only the second kind may be marked abandoned,
so each call records its owner's pid and, where the OS tells us, the process start time —
a pid alone can be reused by an unrelated process after a reboot.
"""

from __future__ import annotations

import os
from pathlib import Path


def _proc_stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may contain spaces and parentheses; fields after it don't.
    return text[text.rfind(")") + 2 :].split()


def process_start(pid: int) -> str | None:
    """An opaque token for when ``pid`` started (Linux clock ticks since boot), or None."""
    fields = _proc_stat(pid)
    return None if fields is None or len(fields) < 20 else fields[19]


def current_owner() -> tuple[int, str | None]:
    pid = os.getpid()
    return pid, process_start(pid)


def is_running(pid: int | None, start: str | None) -> bool:
    if pid is None or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, belongs to someone else
    except OSError:
        return False
    fields = _proc_stat(pid)
    if fields is None:
        return True  # no /proc here; the pid exists, so assume it is ours
    if fields[0] in ("Z", "X"):
        return False
    return start is None or fields[19] == start
