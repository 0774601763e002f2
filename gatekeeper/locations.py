"""Where gatekeeper keeps files on disk, in one place (XDG base directories).

Every other module asks here instead of building paths itself, so a test can move all of
them at once with ``GATEKEEPER_CACHE_DIR`` / ``GATEKEEPER_DATA_DIR`` / ``GATEKEEPER_CONFIG_DIR``
and never touch the real home folder.

- cache: things that can be rebuilt or downloaded again (Whisper models, synthesised lines).
- data: things the user made or chose (voices installed on request, call history).
- config: settings.
- bundled: what ships with the app (the scenarios and the voice catalogue).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Literal

APP_NAME = "gatekeeper"
#: Inside the installed package, where the build puts copies of the repository's top-level
#: ``scenarios/`` and ``voices/`` folders (see ``setup.py``).
BUNDLED_PACKAGE_DIR = "_bundled"


def _xdg(
    override_var: str, xdg_var: str, fallback: str, env: Mapping[str, str] | None = None
) -> Path:
    """``$override_var`` if set, else ``$xdg_var/gatekeeper``, else ``~/fallback/gatekeeper``.
    A relative XDG path is ignored, as the XDG specification asks."""
    env = os.environ if env is None else env
    override = env.get(override_var, "").strip()
    if override:
        return Path(override).expanduser()
    base = env.get(xdg_var, "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / fallback
    return root / APP_NAME


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """Rebuildable files; ``GATEKEEPER_CACHE_DIR`` wins over ``XDG_CACHE_HOME``."""
    return _xdg("GATEKEEPER_CACHE_DIR", "XDG_CACHE_HOME", ".cache", env)


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    """User data; ``GATEKEEPER_DATA_DIR`` wins over ``XDG_DATA_HOME``."""
    return _xdg("GATEKEEPER_DATA_DIR", "XDG_DATA_HOME", ".local/share", env)


def config_dir(env: Mapping[str, str] | None = None) -> Path:
    """Settings; ``GATEKEEPER_CONFIG_DIR`` wins over ``XDG_CONFIG_HOME``."""
    return _xdg("GATEKEEPER_CONFIG_DIR", "XDG_CONFIG_HOME", ".config", env)


def whisper_models_dir() -> Path:
    """Whisper models we reassembled from offline packages or downloaded ourselves."""
    return cache_dir() / "models" / "whisper"


def huggingface_hub_dir() -> Path:
    """The local Hugging Face hub cache, found the way huggingface_hub finds it
    (``HF_HUB_CACHE``, then ``HF_HOME/hub``, then ``XDG_CACHE_HOME/huggingface/hub``),
    without importing it."""
    hub = os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
    if hub:
        return Path(hub).expanduser()
    home = os.environ.get("HF_HOME")
    if home:
        return Path(home).expanduser() / "hub"
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return root / "huggingface" / "hub"


def bundled_dir(name: Literal["scenarios", "voices"]) -> Path:
    """A folder that ships with the app: ``scenarios`` (the bundled scenarios) or ``voices``
    (the voice catalogue, and voices a developer dropped into a checkout).

    Found through ``importlib.resources``: an installed package (a wheel, pipx) carries a copy
    in ``gatekeeper/_bundled/NAME``. A checkout (an editable install, or ``PYTHONPATH``) has
    no copy: there the top-level source folder beside the package is the folder itself."""
    package = resources.files(APP_NAME)
    packaged = package / BUNDLED_PACKAGE_DIR / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(str(package)).parent / name
