"""One live call: microphone frames -> VAD -> ASR -> engine -> voice -> speaker.

Everything runs on the microphone's timeline (the one clock): a frame's sample index is
"now", the VAD stamps onsets and ends with sample indices, and the speaker reports where on
that timeline each gatekeeper line starts and ends. The wall clock is never consulted, which
is why a WAV file can drive a call faster than real time with the same timing.

The loop is a plain state machine driven frame by frame (wyoming-satellite style); the only
concurrency is the transcription worker, so the reply path never waits for the model when
the speculative transcript (started as soon as the trainee falls silent) is already done.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from gatekeeper.audio.base import (
    FRAME_SAMPLES,
    SAMPLE_RATE,
    AudioError,
    AudioSink,
    AudioSource,
    Frame,
    Playback,
    RecentFrames,
)
from gatekeeper.dialogue.engine import Engine, State
from gatekeeper.dialogue.types import Action, CallReport, Delivery, Hangup, Pause, Say, Utterance
from gatekeeper.session.events import (
    CallEnded,
    CallEvent,
    CallFailed,
    CallStateChanged,
    EventSink,
    GatekeeperSpoke,
    InputLevel,
    ShockPauseEnded,
    ShockPauseStarted,
    TraineeSpeechStarted,
    TraineeTranscribed,
)
from gatekeeper.session.recording import CallRecording
from gatekeeper.session.turns import line_seconds
from gatekeeper.speech import vad as vadmod

#: text -> (float32 mono samples, sample rate), or None when no voice is installed
LineVoice = Callable[[str], "tuple[np.ndarray, int] | None"]
#: (float32 16 kHz mono audio, still_wanted) -> transcript text ("" for nothing worth
#: judging). ``still_wanted()`` turns False when the trainee went on talking after a
#: speculative start: the transcriber may then stop early and return "".
Transcribe = Callable[[np.ndarray, Callable[[], bool]], str]


@dataclass
class _Speculation:
    """A transcription started when the trainee fell silent, for the audio up to ``end``."""

    start_index: int
    end_index: int
    future: Future[str]
    abandoned: threading.Event
    delivery: Future[Delivery] | None = None  # how the voice ended, measured alongside

    def abandon(self) -> None:
        """The trainee spoke again: the worker must not spend its time on stale audio
        (a short dip between words would otherwise delay the real end of the turn by a
        whole transcription)."""
        self.abandoned.set()
        self.future.cancel()
        if self.delivery is not None:
            self.delivery.cancel()


@dataclass
class TimingLog:
    """Per-turn figures for benchmarks: the trainee's last voiced moment and the first sample
    of the gatekeeper's reply, both on the timeline, plus how long transcription took."""

    replies: list[tuple[str, float]] = field(default_factory=list)  # (step, gap)
    transcribe_wall_s: list[float] = field(default_factory=list)
    last_voiced_s: float | None = None


MeasureDelivery = Callable[[np.ndarray, int], Delivery]


def _measured(delivery: Future[Delivery] | None) -> Delivery | None:
    """The delivery of the turn, or None where it could not be measured (the call goes on
    without it: the scorecard then scores the words only)."""
    if delivery is None:
        return None
    try:
        return delivery.result()
    except Exception:
        return None


class VoiceCall:
    """Runs one call over an :class:`AudioSource` and an :class:`AudioSink` (a CallDriver).

    ``realtime`` says whether the source paces itself like a microphone. Then transcription
    runs alongside the incoming frames and the reply starts on the frame where the result is
    ready; a source read as fast as possible instead waits for the transcript at the end of
    the turn, so the timeline shows the call as if transcription were instantaneous.
    """

    def __init__(
        self,
        *,
        engine: Engine,
        source: AudioSource,
        sink: AudioSink,
        vad: vadmod.StreamingVad,
        transcribe: Transcribe,
        voice: LineVoice,
        speaking_rate: float = 1.0,
        realtime: bool = True,
        headset: bool = False,
        echo_tail_s: float = 0.25,
        max_tail_s: float = 20.0,
        level_every_frames: int = 3,
        silence_goal_s: float = 3.0,
        record_to: Path | None = None,
        measure_delivery: MeasureDelivery | None = None,
    ) -> None:
        self.engine = engine
        self.source = source
        self.sink = sink
        self.vad = vad
        self.transcribe = transcribe
        self.voice = voice
        self.speaking_rate = speaking_rate
        self.realtime = realtime
        self.headset = headset
        self.echo_tail = round(echo_tail_s * SAMPLE_RATE)
        self._tail_left = round(max_tail_s * SAMPLE_RATE)
        self.level_every = level_every_frames
        self.silence_goal_s = silence_goal_s
        self.recording_path: Path | None = None
        self._record_to = record_to
        self._recording: CallRecording | None = None
        self._recording_error = ""
        if record_to is not None:
            try:  # streamed to the file as the call goes
                self._recording = CallRecording(record_to)
            except OSError as e:
                self._recording_error = f"could not record the call: {e.strerror or e}"
        self.timing = TimingLog()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asr")
        # How the voice ended each turn (uptalk, fading) is measured beside transcription, on
        # its own thread, and started with the speculative transcript: it takes a few tens of
        # milliseconds, so the reply does not wait for it.
        self.measure_delivery = measure_delivery
        self._prosody = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prosody")
        self._delivery: Future[Delivery] | None = None
        self._stop = threading.Event()
        self._ptt: bool | None = None  # None: voice detection; True/False: push-to-talk key
        self._on_event: EventSink = lambda e: None
        self._playing: Playback | None = None
        self._queue: list[Say] = []
        self._recent = RecentFrames(60.0)  # an utterance's audio is cut from here
        self._speculation: _Speculation | None = None
        self._awaiting: tuple[int, int, Future[str]] | None = None  # ended turn, transcribing
        self._pause: Pause | None = None
        self._now = 0
        self._state = ""
        self._frames_seen = 0

    # -- CallDriver --------------------------------------------------------------------

    def hang_up(self) -> None:
        self._stop.set()

    def push_to_talk(self, pressed: bool) -> None:
        self._ptt = pressed

    def say_text(self, text: str) -> None:
        """A voice call listens to the microphone; typed lines belong to the typed driver."""

    def now_s(self) -> float:
        """The call's clock (the microphone timeline), for the UI's silence timer."""
        return self._now_s

    def run(self, on_event: EventSink) -> CallReport | None:
        self._on_event = on_event
        try:
            # The speaker follows the microphone's real-time clock: it places each line where
            # it is heard on the mic's timeline, however far this loop lags behind the device
            # (a line synthesised on a cold machine) and whatever is still in its buffer, so
            # the report's start times match what the trainee hears. It runs before the mic
            # starts, and the greeting waits for the mic's first frame, so the greeting too
            # plays into a running stream with a clock to place it by.
            self.sink.follow(self.source)
            self.sink.open()
            self.source.start()
            first = self.source.read()
            self._act(self.engine.start(self._now_s))
            if first is not None:
                self._frame(first)
            while not self.engine.finished:
                if self._stop.is_set():
                    self._act(self.engine.hang_up(self._now_s))
                    break
                frame = self.source.read()
                if frame is None:
                    if not self._after_end_of_input():
                        break
                    continue
                self._frame(frame)
            report = self.engine.report(self._now_s)
            self._emit(CallEnded(report))
            return report
        except AudioError as e:
            # the call broke off for a reason outside the conversation: kept as
            # ``interrupted`` (no score, no attempt), never as "you hung up"
            self.engine.interrupt(self._now_s)
            self._set_state("ended")
            report = self.engine.report(self._now_s)
            self._emit(CallFailed(str(e), report))
            return report
        finally:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._prosody.shutdown(wait=False, cancel_futures=True)
            self.source.stop()
            self.sink.close(self._now)
            self._save_recording()

    def _save_recording(self) -> None:
        if self._recording_error:
            self._emit(CallFailed(self._recording_error))
        if self._recording is None or self._record_to is None:
            return
        try:
            self.recording_path = self._recording.write(self._record_to)
        except OSError as e:
            self._emit(CallFailed(f"could not save the recording: {e.strerror or e}"))

    # -- the frame loop ----------------------------------------------------------------

    @property
    def _now_s(self) -> float:
        return self._now / SAMPLE_RATE

    def _after_end_of_input(self) -> bool:
        """A finite source ran out: let the call finish on silence (a shock pause still
        running, the gatekeeper's last line) for at most ``max_tail_s``, then hang up."""
        if self._tail_left <= 0:
            self._act(self.engine.hang_up(self._now_s))
            return False
        self._tail_left -= FRAME_SAMPLES
        self._frame(Frame(self._now, np.zeros(FRAME_SAMPLES, dtype=np.float32)))
        return True

    def _frame(self, frame: Frame) -> None:
        self._now = frame.end_index
        self._frames_seen += 1
        if self._frames_seen % self.level_every == 0:
            self._emit(InputLevel(self.source.level_dbfs, frame.end_s))
        if self._playing is not None and self._now >= self._playing.end_index:
            self._line_done()
        if self._ptt is False:
            frame = Frame(frame.index, np.zeros_like(frame.samples))
        self._recent.append(frame)
        if self._recording is not None:
            self._recording.add_mic(frame.index, frame.samples)
        for event in self.vad.process(frame):
            self._vad_event(event)
        self._poll_transcript()
        if not self.engine.finished:
            self._act(self.engine.tick(self._now_s))

    # -- speech detection --------------------------------------------------------------

    def _vad_event(self, event: object) -> None:
        if isinstance(event, vadmod.SpeechStarted):
            self._drop_speculation()
            self._emit(TraineeSpeechStarted(event.t_s))
            actions = self.engine.speech_started(event.t_s)
            self._end_pause_display()
            self._act(actions)
        elif isinstance(event, vadmod.SpeechResumed):
            self._drop_speculation()
        elif isinstance(event, vadmod.EndOfTurnPending):
            self._drop_speculation()
            abandoned = threading.Event()
            future = self._submit(event.clip_start, event.clip_end, abandoned)
            self._speculation = _Speculation(
                event.start_index,
                event.index,
                future,
                abandoned,
                self._measure(event.start_index, event.index),
            )
        elif isinstance(event, vadmod.SpeechEnded):
            # The speculative transcript and delivery cover this turn unless speech resumed
            # since (that clears them); the audio after its end is the confirming silence.
            # Measured only now, the delivery would hold the reply back by its few tens of
            # milliseconds whenever the speculative transcript was already done.
            spec = self._speculation
            if spec is not None and spec.start_index == event.start_index:
                future, delivery = spec.future, spec.delivery
            else:
                future = self._submit(event.clip_start, event.clip_end)
                delivery = self._measure(event.start_index, event.index)
            self._speculation = None
            self.timing.last_voiced_s = event.t_s
            self._awaiting = (event.start_index, event.index, future)
            self._delivery = delivery
            self._set_state("thinking")
            if not self.realtime:
                future.result()
            self._poll_transcript()

    def _drop_speculation(self) -> None:
        if self._speculation is not None:
            self._speculation.abandon()
            self._speculation = None

    def _measure(self, start: int, end: int) -> Future[Delivery] | None:
        """How the voice ends over ``[start, end)``, measured on the prosody thread."""
        if self.measure_delivery is None:
            return None
        audio = self._recent.between(start, end)
        return self._prosody.submit(self.measure_delivery, audio, SAMPLE_RATE)

    def _submit(
        self, start: int, end: int, abandoned: threading.Event | None = None
    ) -> Future[str]:
        audio = self._recent.between(start, end)
        return self._executor.submit(self._timed_transcribe, audio, abandoned or threading.Event())

    def _timed_transcribe(self, audio: np.ndarray, abandoned: threading.Event) -> str:
        t0 = time.perf_counter()
        text = self.transcribe(audio, lambda: not abandoned.is_set())
        if not abandoned.is_set():
            self.timing.transcribe_wall_s.append(time.perf_counter() - t0)
        return text

    def _poll_transcript(self) -> None:
        if self._awaiting is None:
            return
        start, end, future = self._awaiting
        delivery = self._delivery
        if not future.done() or (delivery is not None and not delivery.done() and self.realtime):
            return
        self._awaiting = None
        self._delivery = None
        text = future.result().strip()
        measured = _measured(delivery)
        u = Utterance(text, start / SAMPLE_RATE, end / SAMPLE_RATE, measured)
        actions = self.engine.utterance(u)
        record = next((t for t in reversed(self.engine.turns) if t.speaker == "trainee"), None)
        judged = record.judgement if record is not None and record.end_s == u.end_s else None
        self._emit(TraineeTranscribed(text, u.start_s, u.end_s, judged))
        self._act(actions)
        if not actions and self.engine.state is State.listening:
            self._set_state("listening")

    # -- the gatekeeper ----------------------------------------------------------------

    def _act(self, actions: list[Action]) -> None:
        for action in actions:
            if isinstance(action, Say):
                self._queue.append(action)
            elif isinstance(action, Pause):
                self._pause = action
                self._set_state("shock_pause")
                self._emit(ShockPauseStarted(action.silence_from_s, self.silence_goal_s))
            elif isinstance(action, Hangup):
                self._set_state("ended")
            else:
                self._set_state("listening")
        if self._queue and self._playing is None:
            self._speak(self._queue.pop(0))

    def _end_pause_display(self) -> None:
        """Turn the silence timer into its result once either side has spoken."""
        facts = self.engine.facts()
        if self._pause is None or facts.trainee_broke_silence is None:
            return
        self._pause = None
        self._emit(
            ShockPauseEnded(not facts.trainee_broke_silence, facts.silence_after_pitch_s or 0.0)
        )

    def _speak(self, say: Say) -> None:
        audio = self.voice(say.text)
        if audio is None:
            n = round(line_seconds(say.text, self.speaking_rate) * SAMPLE_RATE)
            samples, rate = np.zeros(n, dtype=np.float32), SAMPLE_RATE
        else:
            samples, rate = audio
        playback = self.sink.play(samples, rate, self._now)
        self._playing = playback
        if self._recording is not None and audio is not None:
            self._recording.add_gatekeeper(playback.start_index, samples, rate)
        if not self.headset:
            self.vad.mute_until(playback.end_index + self.echo_tail)
        self.engine.line_started(playback.start_s)
        self._end_pause_display()
        if self.timing.last_voiced_s is not None and not say.interrupting:
            self.timing.replies.append((say.step, playback.start_s - self.timing.last_voiced_s))
            self.timing.last_voiced_s = None
        self._set_state("speaking")
        self._emit(
            GatekeeperSpoke(
                say.text, playback.start_s, playback.end_s, say.interrupting, say.persona
            )
        )

    def _line_done(self) -> None:
        playback = self._playing
        assert playback is not None
        self._playing = None
        if self._queue:
            self._speak(self._queue.pop(0))
            return
        self._act(self.engine.line_finished(playback.end_s))

    # -- reporting ---------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self._emit(CallStateChanged(state, self._now_s))

    def _emit(self, event: CallEvent) -> None:
        with contextlib.suppress(Exception):  # a broken listener must not end the call
            self._on_event(event)
