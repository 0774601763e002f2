"""``gatekeeper`` with no subcommand: the Textual app.

This is where the app's services are chosen: the history file, the bundled and the coach's
scenario folders, and how a call is run. textual and the speech stack are imported here, in
the function, so the other subcommands never pay for them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

LOG_FILE = "gatekeeper.log"
"""In the data folder: C libraries' standard error while the app runs (ALSA's "underrun
occurred", PortAudio's warnings) and the traceback of an error the app could not handle."""


def typed_driver_factory():
    """Builds typed calls: the real judge, the scenario's own phrases, a monotonic clock."""
    from gatekeeper.session.call_setup import make_judge, next_on_line
    from gatekeeper.session.typed_call import TypedCall

    def make(setup):
        scenario = setup.scenario.scenario
        return TypedCall(
            scenario,
            make_judge(scenario),
            scenario_id=setup.scenario.id,
            seed=setup.seed,
            headset=setup.headset,
            then=next_on_line(setup.scenario.path, scenario),
        )

    return make


def build_services(scenarios_dirs: list[Path] | None = None, data_dir: Path | None = None):
    from gatekeeper.session.call_setup import scenarios_dir
    from gatekeeper.store import default_data_dir, open_store
    from gatekeeper.store.locations import HISTORY_FILE_NAME
    from gatekeeper.ui.ports import Services

    data = Path(data_dir) if data_dir is not None else default_data_dir()
    store = open_store(data / HISTORY_FILE_NAME)
    services = Services(
        store=store,
        bundled_dir=scenarios_dir(),
        typed_driver=typed_driver_factory(),
        extra_scenario_dirs=[Path(d).expanduser() for d in scenarios_dirs or []],
        export_dir=data / "exports",
        data_dir=data,
        log_path=data / LOG_FILE,
    )
    try:  # the voice side, once the session package provides it
        from gatekeeper.session import app_services  # type: ignore[attr-defined]
    except ModuleNotFoundError as e:
        if e.name != "gatekeeper.session.app_services":
            raise
    else:
        app_services.attach(services)
    return services


def start_app(
    scenarios_dirs: list[Path] | None = None,
    language: str | None = None,
    data_dir: Path | None = None,
) -> None:
    """Run the app until the trainee quits. ``language`` overrides the saved setting for
    this run; ``data_dir`` overrides where the history lives."""
    from gatekeeper.store import StoreError
    from gatekeeper.ui.app import GatekeeperApp

    try:
        services = build_services(scenarios_dirs, data_dir)
    except StoreError as e:
        raise SystemExit(f"gatekeeper: {e}") from None
    if os.environ.get("GATEKEEPER_NO_POLL"):
        services.poll_scenarios_s = None
    app = GatekeeperApp(services, language=language)
    try:
        with c_stderr_to(services.log_path):
            app.run()
    finally:
        services.store.close()
    if app.crash is not None or app.return_code:
        where = f" (details in {app.crash_log})" if app.crash_log else ""
        raise SystemExit(f"gatekeeper: stopped after an internal error: {app.crash}{where}")


@contextmanager
def c_stderr_to(log: Path | None) -> Iterator[None]:
    """While the app runs, file descriptor 2 (where C libraries such as ALSA write) goes to
    ``log``, so nothing is printed over the Textual screen. Textual itself draws on
    ``sys.__stderr__``: that is moved to a copy of the terminal first. Python's own
    ``sys.stderr`` goes to the log too. Everything is put back afterwards."""
    if log is None or not sys.__stderr__ or not sys.__stderr__.isatty():
        yield
        return
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        log_fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError:
        yield  # no log file (read-only data folder): C libraries' lines stay on the terminal
        return
    sys.__stderr__.flush()
    saved_fd = os.dup(2)
    terminal = os.fdopen(os.dup(2), "w", encoding=sys.__stderr__.encoding, errors="replace")
    log_file = os.fdopen(os.dup(log_fd), "a", encoding="utf-8", errors="replace")
    saved = sys.__stderr__, sys.stderr
    os.dup2(log_fd, 2)
    os.close(log_fd)
    sys.__stderr__ = terminal  # type: ignore[misc] - Textual's LinuxDriver writes here
    sys.stderr = log_file
    try:
        yield
    finally:
        sys.__stderr__, sys.stderr = saved  # type: ignore[misc]
        for f in (terminal, log_file):
            with suppress(OSError):
                f.close()
        os.dup2(saved_fd, 2)
        os.close(saved_fd)
