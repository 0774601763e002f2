"""Input lost to an overflow keeps its place on the microphone's timeline.

A scripted PortAudio (``audio/scripted_portaudio.py``) stands in for the C library only (its
device table; its callback is called here by hand with the blocks, capture times and status a
real stream would give); the code under test is the real Microphone, resampler and framer.
A click in the block after the lost stretch must turn up at the timeline index where it was
really captured.
"""

from __future__ import annotations

from collections.abc import Collection
from types import SimpleNamespace

import numpy as np
import pytest

from gatekeeper.audio.base import SAMPLE_RATE, Frame
from gatekeeper.audio.level import rms_dbfs
from gatekeeper.audio.mic import Microphone

RATE = 48_000
BLOCK = 960  # 20 ms at 48 kHz, the microphone's own block size
T0 = 1_796_088_359.0  # capture times as ALSA gives them: seconds on the system's clock
ROOM_DBFS = -50.0


HEADSET_MIC = {
    "index": 0,
    "name": "Headset Mic",
    "hostapi": 0,
    "max_input_channels": 1,
    "max_output_channels": 0,
    "default_samplerate": float(RATE),
}


@pytest.fixture
def mic(portaudio):
    """A microphone on a scripted PortAudio that delivers nothing by itself: each test calls
    its callback by hand."""
    portaudio(blocks=0, devices=[HEADSET_MIC])
    microphone = Microphone(stall_timeout_s=0.2)
    microphone.start()
    yield microphone
    microphone.stop()


def room(n: int, rng: np.random.Generator) -> np.ndarray:
    """Steady room noise at ROOM_DBFS, low-passed (brown-ish, like traffic or ventilation)."""
    white = rng.standard_normal(n + 64)
    x = np.convolve(white, np.ones(64) / 64, mode="valid")[:n]
    return x * 10 ** (ROOM_DBFS / 20) / np.sqrt(np.mean(x**2))


def feed(
    mic: Microphone,
    adc_times: list[float | None],
    overflow_at: Collection[int] = (),
    click_at: int | None = None,
) -> list[int]:
    """Calls the microphone's callback once per capture time (blocks of room noise, the
    block ``click_at`` with a click at its sample 100); returns each block's first sample
    in real device time, as the capture times say."""
    rng = np.random.default_rng(7)
    for b, adc in enumerate(adc_times):
        block = room(BLOCK, rng)
        if b == click_at:
            block[100] = 0.9
        time_info = SimpleNamespace(inputBufferAdcTime=adc if adc is not None else 0.0)
        status = SimpleNamespace(input_overflow=b in overflow_at)
        mic._callback(block.astype(np.float32)[:, None], BLOCK, time_info, status)
    return [round((a - T0) * RATE) if a and np.isfinite(a) else 0 for a in adc_times]


def read_all(mic: Microphone) -> list[Frame]:
    """Every frame the fed blocks are sure to give (the resampler holds back a little)."""
    frames: list[Frame] = []
    while not frames or frames[-1].end_index < mic.live_index - 4 * 512:
        frame = mic.read()
        assert frame is not None
        frames.append(frame)
    return frames


def assert_live_index(mic: Microphone, captured: int) -> None:
    """The live index is the samples captured so far, plus those of the block in the air
    since the last callback (up to one block: no callback comes here after the last)."""
    at = captured * SAMPLE_RATE // RATE
    assert at <= mic.live_index <= at + BLOCK * SAMPLE_RATE // RATE


def click_index(frames: list[Frame]) -> int:
    signal = np.concatenate([f.samples for f in frames])
    return frames[0].index + int(np.argmax(np.abs(signal)))


def steady(blocks: int, jitter_s: float = 0.0, seed: int = 3) -> list[float]:
    rng = np.random.default_rng(seed)
    return [T0 + b * BLOCK / RATE + rng.uniform(-jitter_s, jitter_s) for b in range(blocks)]


def test_lost_stretch_keeps_the_audio_after_it_where_it_was_heard(mic: Microphone) -> None:
    lost_s = 0.5
    times = [t + (lost_s if b >= 30 else 0.0) for b, t in enumerate(steady(60))]
    starts = feed(mic, times, overflow_at={30}, click_at=40)
    frames = read_all(mic)
    assert mic.overflows == 1
    assert mic.lost_s == pytest.approx(lost_s, abs=1 / RATE)
    # the click was captured 0.5 s after the counted samples say: it is there on the timeline
    truth = (starts[40] + 100) * SAMPLE_RATE // RATE
    assert abs(click_index(frames) - truth) <= 2
    assert [f.index for f in frames] == [i * 512 for i in range(len(frames))]
    assert_live_index(mic, starts[-1] + BLOCK)
    # the hole holds the room's tone: about as loud as the room, neither a click nor zeros
    hole_from = starts[29] * SAMPLE_RATE // RATE + BLOCK * SAMPLE_RATE // RATE
    hole_to = hole_from + round(lost_s * SAMPLE_RATE)
    hole = [f for f in frames if f.index >= hole_from + 512 and f.end_index <= hole_to - 512]
    assert len(hole) >= 12
    levels = [rms_dbfs(f.samples) for f in hole]
    assert all(abs(level - ROOM_DBFS) < 3.0 for level in levels), levels


def test_two_lost_stretches_add_up(mic: Microphone) -> None:
    shift = [0.0] * 20 + [0.25] * 20 + [0.25 + 1.2] * 20
    times = [t + s for t, s in zip(steady(60), shift, strict=True)]
    starts = feed(mic, times, overflow_at={20, 40}, click_at=50)
    frames = read_all(mic)
    assert mic.overflows == 2 and mic.lost_s == pytest.approx(1.45, abs=2 / RATE)
    assert abs(click_index(frames) - (starts[50] + 100) * SAMPLE_RATE // RATE) <= 2


def test_ordinary_jitter_and_a_one_block_lurch_fill_nothing(mic: Microphone) -> None:
    """Capture times jitter by up to 2 ms, and run a block ahead for a while (as ALSA's
    pulse device does early in a stream), with overflows flagged: nothing is made up."""
    times = steady(60, jitter_s=0.002)
    times = [t + (0.02 * (b - 10) if 10 <= b < 25 else 0.0) for b, t in enumerate(times)]
    feed(mic, times, overflow_at={12, 20, 30}, click_at=40)
    frames = read_all(mic)
    assert mic.overflows == 3 and mic.lost_s == 0.0
    assert abs(click_index(frames) - (40 * BLOCK + 100) * SAMPLE_RATE // RATE) <= 2


def test_a_jump_without_an_overflow_fills_nothing(mic: Microphone) -> None:
    """After a 3 s stall the pulse device's capture times jumped 82 ms with nothing lost
    (the sound server had buffered it all): no flag, no fill."""
    times = [t + (0.082 if b >= 30 else 0.0) for b, t in enumerate(steady(60))]
    feed(mic, times, click_at=40)
    frames = read_all(mic)
    assert mic.overflows == 0 and mic.lost_s == 0.0
    assert abs(click_index(frames) - (40 * BLOCK + 100) * SAMPLE_RATE // RATE) <= 2


@pytest.mark.parametrize(
    "times",
    [
        pytest.param([None] * 60, id="no capture times (zero)"),
        pytest.param([float("nan")] * 60, id="not a number"),
        pytest.param([T0] * 60, id="standing still"),
        pytest.param([t - (4.0 if b >= 30 else 0.0) for b, t in enumerate(steady(60))], id="back"),
        pytest.param([t + (60.0 if b >= 30 else 0.0) for b, t in enumerate(steady(60))], id="60s"),
        pytest.param(
            [None if b == 29 else t + (0.5 if b >= 30 else 0) for b, t in enumerate(steady(60))],
            id="none before the overflow",
        ),
    ],
)
def test_nonsense_capture_times_fill_nothing(mic: Microphone, times: list[float | None]) -> None:
    feed(mic, times, overflow_at={30}, click_at=40)
    frames = read_all(mic)
    assert mic.overflows == 1 and mic.lost_s == 0.0
    assert_live_index(mic, 60 * BLOCK)
    assert abs(click_index(frames) - (40 * BLOCK + 100) * SAMPLE_RATE // RATE) <= 2


def test_a_lost_stretch_in_a_digitally_silent_room_is_silence(mic: Microphone) -> None:
    times = [t + (0.3 if b >= 10 else 0.0) for b, t in enumerate(steady(20))]
    for b, adc in enumerate(times):
        block = np.zeros((BLOCK, 1), dtype=np.float32)
        status = SimpleNamespace(input_overflow=b == 10)
        mic._callback(block, BLOCK, SimpleNamespace(inputBufferAdcTime=adc), status)
    frames = read_all(mic)
    assert mic.lost_s == pytest.approx(0.3, abs=1 / RATE)
    assert not np.any(np.concatenate([f.samples for f in frames]))


@pytest.mark.parametrize(("hole_s", "filled_s"), [(0.025, 0.0), (0.045, 0.045), (4.9, 4.9)])
def test_a_hole_is_filled_once_it_clearly_exceeds_a_block(
    mic: Microphone, hole_s: float, filled_s: float
) -> None:
    """A 20 ms block's stamps may be a block off; a hole of more than 30 ms is a loss."""
    times = [t + (hole_s if b >= 30 else 0.0) for b, t in enumerate(steady(60))]
    starts = feed(mic, times, overflow_at={30}, click_at=40)
    frames = read_all(mic)
    assert mic.lost_s == pytest.approx(filled_s, abs=1 / RATE)
    filled = round(filled_s * RATE)
    assert abs(click_index(frames) - (40 * BLOCK + filled + 100) * SAMPLE_RATE // RATE) <= 2
    assert starts[40] == 40 * BLOCK + round(hole_s * RATE)
