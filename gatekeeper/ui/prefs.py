"""The app's settings, kept in the history store's settings table as text.

One place knows the keys and their defaults so the screens read typed values
(``prefs.push_to_talk`` is a bool) and a fresh machine with no settings works.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from gatekeeper.store import LANGUAGE, Store
from gatekeeper.ui.i18n import LANGUAGES, system_language

PUSH_TO_TALK = "push_to_talk"
HEADSET = "headset"
WORKSHOP = "workshop"
SCENARIO_DIRS = "scenario_dirs"
INPUT_DEVICE = "input_device"
OUTPUT_DEVICE = "output_device"


@dataclass(frozen=True)
class Prefs:
    language: str
    push_to_talk: bool = False
    headset: bool = False
    workshop: str = ""
    scenario_dirs: tuple[Path, ...] = field(default_factory=tuple)
    input_device: str = ""
    output_device: str = ""

    def with_(self, **changes: object) -> Prefs:
        return replace(self, **changes)  # type: ignore[arg-type]


def _flag(value: str | None) -> bool:
    return value == "1"


def split_dirs(text: str) -> tuple[Path, ...]:
    """Folders typed into one field: separated by the OS path separator or new lines."""
    parts = text.replace("\n", os.pathsep).split(os.pathsep)
    return tuple(Path(p.strip()).expanduser() for p in parts if p.strip())


def join_dirs(dirs: tuple[Path, ...]) -> str:
    return os.pathsep.join(str(d) for d in dirs)


def load_prefs(store: Store) -> Prefs:
    language = store.get_setting(LANGUAGE) or ""
    return Prefs(
        language=language if language in LANGUAGES else system_language(),
        push_to_talk=_flag(store.get_setting(PUSH_TO_TALK)),
        headset=_flag(store.get_setting(HEADSET)),
        workshop=store.get_setting(WORKSHOP) or "",
        scenario_dirs=split_dirs(store.get_setting(SCENARIO_DIRS) or ""),
        input_device=store.get_setting(INPUT_DEVICE) or "",
        output_device=store.get_setting(OUTPUT_DEVICE) or "",
    )


def save_prefs(store: Store, prefs: Prefs) -> None:
    store.set_setting(LANGUAGE, prefs.language)
    store.set_setting(PUSH_TO_TALK, "1" if prefs.push_to_talk else "0")
    store.set_setting(HEADSET, "1" if prefs.headset else "0")
    store.set_setting(WORKSHOP, prefs.workshop.strip() or None)
    store.set_setting(SCENARIO_DIRS, join_dirs(prefs.scenario_dirs) or None)
    store.set_setting(INPUT_DEVICE, prefs.input_device or None)
    store.set_setting(OUTPUT_DEVICE, prefs.output_device or None)
