"""The build puts the bundled scenarios and the voice catalogue into the package.

The repository keeps them in the top-level ``scenarios/`` and ``voices/`` folders (where a
coach finds them); a wheel (and so pip, pipx, a workshop laptop) carries copies in
``gatekeeper/_bundled/``, where :func:`gatekeeper.locations.bundled_dir` finds them through
``importlib.resources``. Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: source folder -> the files of it that ship (user-installed voices in voices/ do not)
BUNDLED = {
    "scenarios": ("*.yaml", "*.yml", "*.json", "README.md"),
    "voices": ("catalogue.json", "README.md"),
}


class BuildWithBundledData(build_py):
    """``build_py`` that also copies the bundled folders into ``gatekeeper/_bundled``."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # a checkout reads the source folders themselves
            return
        for folder, patterns in BUNDLED.items():
            target = Path(self.build_lib) / "gatekeeper" / "_bundled" / folder
            target.mkdir(parents=True, exist_ok=True)
            for pattern in patterns:
                for path in sorted((ROOT / folder).glob(pattern)):
                    shutil.copyfile(path, target / path.name)


setup(cmdclass={"build_py": BuildWithBundledData})
