"""The pauses a stream of VAD events describes, timed the way the call times them (shared by
the VAD tests and the silence-timing benchmark)."""

from __future__ import annotations

from collections.abc import Iterable

from gatekeeper.speech.vad import EndOfTurnPending, SpeechEnded, SpeechResumed, SpeechStarted


def settled_pauses(events: Iterable[object]) -> list[tuple[int, int]]:
    """(start, end) of every pause, in samples: a pause that ends the turn starts where
    :class:`SpeechEnded` puts the turn's end (the shock pause is timed from there), a pause
    within the turn where :class:`SpeechResumed` finally puts it (``pause_index``); both
    settle the :class:`EndOfTurnPending` guess. An end placed before a resumption the VAD
    reported takes that resumption back (the voice it heard return was the room): the pause
    it had ended is no pause of its own, it runs on from the earlier end."""
    pauses: list[tuple[int, int]] = []
    start: int | None = None
    for e in events:
        if isinstance(e, (EndOfTurnPending, SpeechEnded)):
            start = e.index
            pauses = [p for p in pauses if p[1] <= e.index]
        elif isinstance(e, SpeechResumed):
            pauses.append((e.pause_index, e.index))
            start = None
        elif isinstance(e, SpeechStarted) and start is not None:
            pauses.append((start, e.index))
            start = None
    return pauses
