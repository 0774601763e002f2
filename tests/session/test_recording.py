"""The call recording is written as the call goes and survives a kill (issue 8, case 4)."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest

from gatekeeper.audio.base import SAMPLE_RATE
from gatekeeper.audio.fakes import silence, tone
from gatekeeper.audio.wavfile import read_wav
from gatekeeper.session.recording import CallRecording, repair_recordings

FRAME = 512


def feed(rec: CallRecording, signal: np.ndarray, start: int = 0) -> int:
    for at in range(0, len(signal), FRAME):
        rec.add_mic(start + at, signal[at : at + FRAME])
    return start + len(signal)


def test_the_file_is_playable_while_the_call_is_still_going(tmp_path: Path) -> None:
    path = tmp_path / "recordings" / "call-7.wav"
    rec = CallRecording(path)
    end = feed(rec, np.concatenate([silence(1.0), tone(300, 1.0)]))
    rec.add_gatekeeper(end, tone(500, 1.0, 0.2), SAMPLE_RATE)  # her line starts now
    feed(rec, silence(1.2), end)
    audio, rate = read_wav(path)  # not closed: what a kill -9 would leave
    assert rate == SAMPLE_RATE and audio.shape[1] == 2
    assert len(audio) >= 2.5 * SAMPLE_RATE  # at most half a second behind the microphone
    loud = np.nonzero(np.abs(audio[:, 0]) > 0.05)[0]
    assert loud[0] / SAMPLE_RATE == pytest.approx(1.0, abs=0.01)
    voice = np.nonzero(np.abs(audio[:, 1]) > 0.05)[0]
    assert voice[0] / SAMPLE_RATE == pytest.approx(2.0, abs=0.01)
    rec.close()
    audio, _ = read_wav(path)
    assert len(audio) == round(3.2 * SAMPLE_RATE)  # the mic's 3.2 s; her line ended at 3.0 s


def test_her_last_line_past_the_microphone_is_kept(tmp_path: Path) -> None:
    rec = CallRecording(tmp_path / "call.wav")
    end = feed(rec, silence(1.0))
    rec.add_gatekeeper(end, tone(500, 2.0, 0.2), SAMPLE_RATE)
    assert rec.write(tmp_path / "call.wav") == tmp_path / "call.wav"
    audio, _ = read_wav(tmp_path / "call.wav")
    assert len(audio) == 3 * SAMPLE_RATE


def test_a_recording_cut_between_audio_and_header_is_repaired(tmp_path: Path) -> None:
    folder = tmp_path / "recordings"
    rec = CallRecording(folder / "call-3.wav")
    feed(rec, tone(300, 2.0))
    rec.close()
    path = folder / "call-3.wav"
    good = path.read_bytes()
    # a kill right after more audio went out but before the header caught up, mid-sample
    torn = good + b"\x01\x00\x02\x00" * 1000 + b"\x07"
    path.write_bytes(torn[:40] + struct.pack("<I", 0) + torn[44:])
    (folder / "notes.wav").write_bytes(b"not a wav at all")
    assert repair_recordings(folder) == [path]
    audio, _ = read_wav(path)
    assert len(audio) == 2 * SAMPLE_RATE + 1000
    assert path.stat().st_size == 44 + len(audio) * 4
    assert repair_recordings(folder) == []  # nothing left to fix
    assert (folder / "notes.wav").read_bytes() == b"not a wav at all"
