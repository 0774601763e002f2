"""A private PulseAudio server with null sinks: real audio paths on a machine without a sound card.

Layout (the names tests refer to):

- ``trainee_mouth`` — a null sink; ``paplay --device=trainee_mouth x.wav`` is the trainee
  speaking. Its monitor, remapped as the source ``virtual_mic``, is the default source, so
  PortAudio's default input hears the trainee.
- ``speaker`` — the default sink; ``parecord --device=speaker.monitor`` is what the trainee
  hears from the gatekeeper.

The daemon runs as the current user (root included) with runtime, state and HOME in a temp
folder; PortAudio reaches it through ALSA's ``pulse`` plugin (libasound2-plugins), selected
by an ``.asoundrc`` in that temp HOME. Nothing global is touched.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

MOUTH = "trainee_mouth"
SPEAKER = "speaker"
VIRTUAL_MIC = "virtual_mic"
RATE = 48_000

ASOUNDRC = """pcm.!default { type pulse }
ctl.!default { type pulse }
"""


class PulseError(RuntimeError):
    pass


def pulseaudio_installed() -> bool:
    return all(shutil.which(t) for t in ("pulseaudio", "pactl", "paplay", "parecord"))


class PulseServer:
    """Start with :meth:`start`, stop with :meth:`stop`; ``env`` is what clients need."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.runtime = self.root / "runtime"
        self.home = self.root / "home"
        self.log_path = self.root / "pulseaudio.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.env = dict(os.environ)
        self.env.update(
            HOME=str(self.home),
            XDG_RUNTIME_DIR=str(self.runtime),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            PULSE_RUNTIME_PATH=str(self.runtime),
            PULSE_STATE_PATH=str(self.root / "state"),
            PULSE_SERVER=f"unix:{self.runtime / 'native'}",
        )

    def client_env(self) -> dict[str, str]:
        """Variables a PortAudio/ALSA or pa* client needs to reach this server."""
        keys = ("HOME", "XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH", "PULSE_SERVER")
        return {k: self.env[k] for k in keys}

    def start(self) -> None:
        for d in (self.runtime, self.home, self.root / "state"):
            d.mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)
        (self.home / ".asoundrc").write_text(ASOUNDRC)
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "-n",
                "--use-pid-file=no",
                "--system=false",
                "--disallow-exit",
                "--load=module-native-protocol-unix",
                "--log-target=stderr",
            ],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 10
        while True:
            if self.process.poll() is not None:
                raise PulseError(f"pulseaudio exited at start: {self._log_tail()}")
            if self.pactl("info", check=False).returncode == 0:
                break
            if time.monotonic() > deadline:
                self.stop()
                raise PulseError(f"pulseaudio did not answer within 10 s: {self._log_tail()}")
            time.sleep(0.1)
        self.pactl(
            "load-module", "module-null-sink", f"sink_name={MOUTH}", f"rate={RATE}", "channels=1"
        )
        self.pactl(
            "load-module", "module-null-sink", f"sink_name={SPEAKER}", f"rate={RATE}", "channels=2"
        )
        self.pactl(
            "load-module",
            "module-remap-source",
            f"source_name={VIRTUAL_MIC}",
            f"master={MOUTH}.monitor",
            "channels=1",
        )
        self.pactl("set-default-sink", SPEAKER)
        self.pactl("set-default-source", VIRTUAL_MIC)

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        if check and result.returncode != 0:
            raise PulseError(f"pactl {' '.join(args)} failed: {result.stderr.strip()}")
        return result

    def play(self, wav: Path, device: str = MOUTH) -> subprocess.Popen[bytes]:
        """Start playing a WAV into a sink (the trainee speaking); returns the paplay process."""
        return subprocess.Popen(["paplay", f"--device={device}", str(wav)], env=self.env)

    def record(
        self, wav: Path, device: str = f"{SPEAKER}.monitor", latency_ms: int | None = None
    ) -> subprocess.Popen[bytes]:
        """Start recording a source to a WAV (what the trainee hears); stop it with SIGINT.
        ``latency_ms`` buffers that much in the server, so a recorder starved of CPU for a
        moment loses nothing (the recording's own timeline stays exact)."""
        buffer = [f"--latency-msec={latency_ms}"] if latency_ms else []
        before = self._recorders()
        recorder = subprocess.Popen(
            [
                "parecord",
                f"--device={device}",
                "--file-format=wav",
                "--channels=1",
                f"--rate={RATE}",
                *buffer,
                str(wav),
            ],
            env=self.env,
        )
        # parecord takes a moment to connect: what plays before that is not recorded, so
        # return only once the server has its stream (or after 5 s, to report what it has)
        deadline = time.monotonic() + 5.0
        while self._recorders() <= before and time.monotonic() < deadline:
            if recorder.poll() is not None:
                break
            time.sleep(0.02)
        return recorder

    def _recorders(self) -> int:
        out = self.pactl("list", "short", "source-outputs", check=False).stdout
        return len([line for line in out.splitlines() if line.strip()])

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "(no log)"
        return " | ".join(lines[-5:]) or "(empty log)"

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def stop_recording(proc: subprocess.Popen[bytes]) -> None:
    """End a parecord cleanly so it finishes the WAV header."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
