"""``gatekeeper`` with no subcommand: the Textual app.

This is where the app's services are chosen: the history file, the bundled and the coach's
scenario folders, and how a call is run. textual and the speech stack are imported here, in
the function, so the other subcommands never pay for them.
"""

from __future__ import annotations

import os
from pathlib import Path


def typed_driver_factory():  # noqa: ANN201 - returns a DriverFactory
    """Builds typed calls: the real judge, the scenario's own phrases, a monotonic clock."""
    from gatekeeper.session.call_setup import make_judge
    from gatekeeper.session.typed_call import TypedCall

    def make(setup):  # noqa: ANN001, ANN202
        scenario = setup.scenario.scenario
        return TypedCall(
            scenario,
            make_judge(scenario),
            scenario_id=setup.scenario.id,
            seed=setup.seed,
            headset=setup.headset,
        )

    return make


def build_services(
    scenarios_dirs: list[Path] | None = None, data_dir: Path | None = None
):  # noqa: ANN201 - returns ui.ports.Services
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
    try:
        GatekeeperApp(services, language=language).run()
    finally:
        services.store.close()
