"""Turns on a clock without audio: how long a line takes to say, and one trainee turn fed to
the engine.

A scripted call, a typed call and a voice call without a voice all need to know how long the
gatekeeper's line lasts and how long a trainee's words take; the numbers live here once.
"""

from __future__ import annotations

from gatekeeper.dialogue.engine import Engine
from gatekeeper.dialogue.types import Action, CallReport, Hangup, Listen, Utterance

#: The trainee's pace: a line without a given duration takes its words at this rate.
WORDS_PER_S = 2.5
MIN_SPEECH_S = 0.4
#: The gatekeeper's pace when there is no audio (a scripted or typed call, or no voice).
CHARS_PER_S = 14.0
MIN_LINE_S = 0.8


def speech_seconds(text: str) -> float:
    """How long saying ``text`` takes at a normal pace (2.5 words per second)."""
    return max(MIN_SPEECH_S, len(text.split()) / WORDS_PER_S)


def line_seconds(text: str, speaking_rate: float = 1.0) -> float:
    """How long the gatekeeper takes to say a line without audio: 14 characters a second at
    her pace (``persona.speaking_rate``), at least 0.8 s."""
    return max(MIN_LINE_S, len(text) / (CHARS_PER_S * speaking_rate))


def talk(
    engine: Engine, text: str, onset: float, seconds: float, max_talk_s: float | None
) -> tuple[list[Action], float]:
    """The trainee says ``text`` from ``onset`` for ``seconds``. Returns the engine's actions
    and the moment the trainee stopped: earlier than planned when the gatekeeper's patience
    (``max_talk_s``) ran out and she cut in."""
    if max_talk_s is not None and seconds > max_talk_s:
        cut = onset + max_talk_s
        actions = engine.tick(cut)
        if actions:
            actions += engine.utterance(Utterance(text, onset, cut))
            return actions, cut
    end = onset + seconds
    return engine.utterance(Utterance(text, onset, end)), end


def split_listen(actions: list[Action]) -> tuple[Listen | None, list[Action]]:
    """The ``Listen`` among ``actions`` (how long she will listen now), and the rest."""
    listen = next((a for a in actions if isinstance(a, Listen)), None)
    return listen, [a for a in actions if not isinstance(a, Listen)]


def hang_up_report(engine: Engine, now_s: float) -> CallReport:
    """The trainee hangs up at ``now_s`` (or the call stopped): the report of the call so
    far, ended as abandoned unless it had already ended."""
    for action in engine.hang_up(now_s):
        if isinstance(action, Hangup):
            return action.report
    return engine.report(now_s)
