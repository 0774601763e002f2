"""Frames, the framer's running index, and the in-memory source and sink."""

from __future__ import annotations

import numpy as np
import pytest

from gatekeeper.audio.base import FRAME_SAMPLES, Frame, Framer
from gatekeeper.audio.fakes import FakeSink, FakeSource, silence, tone


def test_framer_cuts_uneven_chunks_into_contiguous_frames() -> None:
    framer = Framer(start_index=1000)
    rng = np.random.default_rng(0)
    signal = rng.standard_normal(5000).astype(np.float32)
    frames, pos = [], 0
    for size in (1, 700, 33, 1500, 2766):
        frames += framer.push(signal[pos : pos + size])
        pos += size
    frames += framer.flush()
    assert [f.index for f in frames] == [1000 + i * FRAME_SAMPLES for i in range(10)]
    joined = np.concatenate([f.samples for f in frames])
    assert np.array_equal(joined[:5000], signal)
    assert not joined[5000:].any()
    assert framer.next_index == 1000 + 10 * FRAME_SAMPLES


def test_frame_times_come_from_the_sample_index() -> None:
    frame = Frame(16_000, np.zeros(FRAME_SAMPLES, np.float32))
    assert frame.start_s == 1.0
    assert frame.end_index == 16_512
    assert frame.end_s == pytest.approx(1.032)


def test_fake_source_positions_and_levels() -> None:
    src = FakeSource(silence(0.1), tone(440, 0.2, amplitude=0.5))
    assert src.read().index == 0 and src.level_dbfs < -100
    for _ in range(4):
        src.read()
    assert src.level_dbfs == pytest.approx(20 * np.log10(0.5 / np.sqrt(2)), abs=0.5)
    frames = [Frame(i * 512, np.zeros(512)) for i in range(5)] + list(src)
    assert [f.index for f in frames] == [i * 512 for i in range(len(frames))]
    assert len(frames) == -(-round(0.3 * 16000) // 512)
    assert src.position == frames[-1].end_index
    assert src.read() is None


def test_fake_source_can_fail_on_cue() -> None:
    src = FakeSource(silence(1.0), fail_after=2, error=OSError("gone"))
    assert src.read() is not None and src.read() is not None
    with pytest.raises(OSError, match="gone"):
        src.read()


def test_fake_sink_queues_and_renders_the_timeline() -> None:
    sink = FakeSink()
    first = sink.play(np.ones(8000, np.int16) * 16384, 16_000, at_index=1000)
    second = sink.play(np.ones(1600, np.float32) * 0.25, 16_000, at_index=2000)
    assert (first.start_index, first.end_index) == (1000, 9000)
    assert (second.start_index, second.end_index) == (9000, 10_600)  # queued after the first
    third = sink.play(np.ones(22_050, np.float32), 44_100, at_index=20_000)
    assert (third.start_index, third.end_index) == (20_000, 28_000)
    heard = sink.timeline(30_000)
    assert not heard[:1000].any()
    assert np.allclose(heard[1000:9000], 0.5)
    assert np.allclose(heard[9000:10_600], 0.25)
    assert not heard[10_600:20_000].any()
    sink.close(30_000)
    assert sink.closed_at == 30_000
