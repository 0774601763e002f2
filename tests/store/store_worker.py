"""A second app instance for the multi-process tests (run as a script, not collected).

``calls DB NAME COUNT GO_FILE``: wait for GO_FILE, then record COUNT complete calls.
``endless DB``: begin one call and add turns forever, printing each committed ordinal.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from store_fixtures import gatekeeper_turn, make_report, trainee_turn

from gatekeeper.store import open_store


def record_calls(db: Path, name: str, count: int, go_file: Path) -> None:
    while not go_file.exists():
        time.sleep(0.005)
    store = open_store(db)
    trainee = store.add_trainee(name)
    for n in range(count):
        call_id = store.begin_call(trainee.id, "standard-receptionist", "Empfang", "de", n)
        store.add_turn(call_id, gatekeeper_turn())
        store.add_turn(call_id, trainee_turn())
        store.finish_call(call_id, make_report(score=n % 101))
    store.close()
    print("done", flush=True)


def talk_forever(db: Path) -> None:
    store = open_store(db)
    trainee = store.add_trainee("Kill Me")
    call_id = store.begin_call(trainee.id, "standard-receptionist", "Empfang", "de", 1)
    print(f"call {call_id}", flush=True)
    n = 0
    while True:
        turn = gatekeeper_turn(start_s=n) if n % 2 == 0 else trainee_turn(start_s=n)
        ordinal = store.add_turn(call_id, turn)
        print(f"turn {ordinal}", flush=True)
        n += 1


if __name__ == "__main__":
    mode, db = sys.argv[1], Path(sys.argv[2])
    if mode == "calls":
        record_calls(db, sys.argv[3], int(sys.argv[4]), Path(sys.argv[5]))
    else:
        talk_forever(db)
