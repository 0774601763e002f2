"""Work the screens hand off: calls, the microphone check, playing a recording.

These run in daemon threads, not Textual's thread workers: a worker thread is joined when the
app exits, so a driver stuck in an audio device (or an engine that never returns) would keep
the app from closing after Ctrl+Q. A daemon thread is simply left behind; the screen has
already told the driver to stop. Errors are passed to ``on_error`` (in the thread) so the
screen can show them as one line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


def in_background(
    name: str, work: Callable[[], None], on_error: Callable[[BaseException], None]
) -> threading.Thread:
    def run() -> None:
        try:
            work()
        except Exception as e:
            on_error(e)

    thread = threading.Thread(target=run, name=f"gatekeeper-{name}", daemon=True)
    thread.start()
    return thread
