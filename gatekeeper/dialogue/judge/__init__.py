"""The judge: classifies what the trainee said (see :mod:`gatekeeper.dialogue.judge.judge`)."""

from __future__ import annotations

from gatekeeper.dialogue.judge.judge import Judge

__all__ = ["Judge"]
