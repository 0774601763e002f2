"""The README's two commands and the coach's guide stay true, and the documentation reads on
its own: every relative link resolves to a file in the repository."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from gatekeeper.scenario.model import Scenario

REPO = Path(__file__).resolve().parent.parent
DOCS = [
    REPO / "README.md",
    *sorted((REPO / "docs").glob("*.md")),
    REPO / "scenarios" / "README.md",
    REPO / "voices" / "README.md",
]
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def test_readme_opens_with_start_and_test_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block and text.index(block.group(0)) < 40, "the README must open with its commands"
    lines = [ln for ln in block.group(1).splitlines() if ln.strip()]
    assert any(ln.split("#")[0].strip().endswith("&& gatekeeper") for ln in lines)
    assert any("pytest" in ln for ln in lines)


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 'grep -m1 -E "^python3 -m pip install .*pytest" README.md' in ci
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^python3 -m pip install .*pytest", readme, re.M)


def test_coach_guide_example_is_a_valid_scenario():
    guide = (REPO / "scenarios" / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", guide, re.S)
    assert example
    scenario = Scenario.from_data(yaml.safe_load(example.group(1)))
    assert scenario.steps["shock_pause"].pause is not None


def relative_links(path: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    targets = [m.group(1) for m in LINK.finditer(text)]
    return [t for t in targets if not re.match(r"^[a-z][a-z0-9+.-]*:", t, re.I)]


def test_docs_exist_for_the_technique_the_architecture_and_coaches():
    names = {p.name for p in DOCS}
    assert {"technique.md", "architecture.md"} <= names
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for target in ("docs/technique.md", "docs/architecture.md", "scenarios/README.md"):
        assert f"]({target})" in readme, target


def test_every_relative_link_resolves_inside_the_repository():
    broken = []
    for doc in DOCS:
        for target in relative_links(doc):
            file = target.split("#", 1)[0]
            resolved = (doc.parent / file).resolve() if file else doc
            if not resolved.is_relative_to(REPO) or not resolved.exists():
                broken.append(f"{doc.relative_to(REPO)}: {target}")
    assert not broken, broken


def test_no_doc_points_outside_the_repository_in_code_spans_either():
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        assert "../shared" not in text and "/work/" not in text, doc


def test_the_link_check_finds_a_broken_link(tmp_path: Path):
    doc = tmp_path / "doc.md"
    doc.write_text(
        "[ok](https://example.org) [a](a.md#part) ![img](pic.png)\n```\n[no](code.md)\n```\n",
        encoding="utf-8",
    )
    assert relative_links(doc) == ["a.md#part", "pic.png"]
