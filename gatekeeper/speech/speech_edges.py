"""Where exactly does a phrase end, or the next one start, in a noisy room?

Silero marks speech in 32 ms frames and lags the audio; at a pause's edge the question is
narrower: in which 4 ms does the audio stop (or start) differing from the room's noise? A
pause is timed after the fact, so both sides of the edge are at hand when it is decided:

- *the noise* is measured on the pause itself (the audio Silero called non-speech, away from
  its edges), topped up with the call's recent quiet audio when the pause is short. Noise that
  grows louder during the phrase is then measured as it is at the edge, not as it was before
  the phrase began;
- *the speech* is measured just inside the edge (the phrase's last, or first, few hundred ms).

From the two, a per-frequency likelihood-ratio test (Sohn, Kim and Sung's statistical VAD)
scores every 16 ms window at a 4 ms hop. Each frequency bin's power over the noise's power
there (the posterior SNR) is weighed by how far this speaker's speech stands above the noise
in that bin (the a-priori SNR, taken from the phrase, scaled down to a soft tail's level):
bins where the noise sits (mains hum, a fan's rumble, brown noise) or where the voice has
nothing to say count for little, bins where the voice stands clear count for much. Summed
over bins this is the log likelihood that the window holds that voice rather than the room.

A second, flat weighing (the same a-priori SNR in every bin) catches what does not sound
like the rest of the phrase: a breath, the burst and aspiration of a 'k', an 's'.

Each score is calibrated on the noise itself: its mean and spread, and its own high
percentile, over the noise windows set the bar, so steady hiss and the bursts of a canteen's
babble are treated alike (the bar rises with the noise's own fluctuations). From a window
clearly inside the phrase (three bars up) the edge is followed outward as long as either
score stays above its bar, bridging dips of up to 40 ms (a plosive's closure). Then a soft
tail under the noise is followed as long as the mean score of the next 24 ms stays above its
own bar (lower, since a mean over six windows fluctuates less); the edge lies in the middle
of the last such stretch.

A phrase's final consonant -- an 's', an 'f', a 't' or 'kt' released after its closure --
often lies at or under the noise in every single window, so the edge stops at the sound
before it (100-250 ms early). Past that edge (and a closure of up to 150 ms) the mean
posterior SNR of a high band (2.5-7.8 kHz, 4-7.8 kHz: where these sounds have their energy)
is read over a whole consonant's length (40-200 ms); each band and length is calibrated on
the pause's noise, the bar is the higher of 5.5 spreads and one spread over the noise's own
highest score, and the stretch's power over the noise must be within 45 dB of the phrase's
loudest window (fainter is a fading voice the phrase no longer counts). The surest stretch
that clears the bar moves the end to where it ends. The caller only asks for it in steady
noise: in a canteen's murmur the other talkers' own consonants clear any such bar.

What it cannot see: a voice that fades out slowly (SVOX Pico's phrase ends fall some 25 dB
over their last 50 ms) goes on under a noise 10 or 20 dB below the voice for longer than any
test can follow; its end is found where it sank into the noise, some 40-60 ms early.

Where the evidence is weak -- nothing near Silero's edge clears the bar by a wide margin, or
there is too little noise to measure -- the test says nothing (``None``) and the caller keeps
its own boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16_000
WIN = 256  # 16 ms analysis window
HOP = 64  # 4 ms hop
_HANN = np.hanning(WIN + 2)[1:-1]
_HANN_POWER = float(np.sum(_HANN**2))
_FREQS = np.fft.rfftfreq(WIN, 1 / SAMPLE_RATE)
_BANDS = (_FREQS >= 60.0) & (_FREQS <= 7800.0)  # below: rumble and mains; above: nothing

TAIL_LEVEL = 0.03  # a soft tail's a-priori SNR relative to the phrase's (-15 dB)
FLAT_PRIOR = 0.1  # the a-priori SNR of the flat test (a sound unlike the phrase's voice)
SMOOTH = 3  # windows averaged before the bar is applied (a 24 ms span)
BAR_SIGMA = 4.0  # the bar: this many of the noise score's standard deviations above its mean
BAR_PERCENTILE = 99.5  # ... and at least this percentile of the noise's own scores
ANCHOR_FACTOR = 3.0  # a window this many bars above the noise's mean is surely speech
BRIDGE_S = 0.04  # dips under the bar this short do not end the phrase
MIN_NOISE_WINDOWS = 24  # less noise than this (~0.1 s) cannot calibrate the test
LEAK_RATIO = 10.0  # a noise window this much (10 dB) above the noise's median is speech
SILENCE_POWER = 1e-10  # noise below this (-100 dBFS) is digital silence: nothing to test
EDGE_SHIFT = -HOP // 2  # the edge lies this far beyond the last voiced window's centre
TAIL_WINDOWS = 6  # a soft tail under the noise is read as the mean of this many windows
TAIL_SIGMA = 2.5  # and its bar: this many of that mean's standard deviations over noise
TAIL_MAX_S = 0.08  # a tail is not followed under the noise further than this
# a phrase's final consonant under the noise (an 's', an 'f', a 't' released after its closure)
CONSONANT_BANDS_HZ = ((2500.0, 7800.0), (4000.0, 7800.0))
CONSONANT_SPANS_S = (0.04, 0.06, 0.08, 0.12, 0.16, 0.2)  # how long it may last
CONSONANT_GAP_S = 0.15  # how long a closure before it may be (a 't' after an 'n', a 'k')
CONSONANT_Z = 5.5  # its mean band power this many noise spreads up, at least ...
CONSONANT_NOISE_MARGIN = 1.0  # ... and this many over the noise's own highest such score
CONSONANT_RANGE_DB = 45.0  # and within this of the phrase's loudest window (else too faint)


@dataclass(frozen=True)
class _Weighing:
    """One log likelihood ratio: per-bin weights of the posterior SNR, and its noise
    statistics (mean score, and the bar a smoothed score must clear)."""

    gain: np.ndarray
    bias: float
    mean: float = 0.0
    bar: float = 1.0
    tail_mean: float = 0.0
    tail_bar: float = 1.0

    def scores(self, snr: np.ndarray, span: int = SMOOTH, mode: str = "same") -> np.ndarray:
        llr = snr @ self.gain - self.bias
        if len(llr) >= span:
            llr = np.convolve(llr, np.ones(span) / span, mode=mode)
        return llr

    def calibrated(self, noise_snr: np.ndarray) -> _Weighing:
        score = self.scores(noise_snr)
        mean, spread = float(np.mean(score)), float(np.std(score))
        bar = max(mean + BAR_SIGMA * spread, float(np.percentile(score, BAR_PERCENTILE)))
        tail = self.scores(noise_snr, TAIL_WINDOWS, "valid")
        tail_mean, tail_spread = float(np.mean(tail)), float(np.std(tail))
        tail_bar = max(tail_mean + TAIL_SIGMA * tail_spread, float(np.percentile(tail, 99.0)))
        return _Weighing(
            self.gain,
            self.bias,
            mean,
            max(bar, mean + 1e-9),
            tail_mean,
            max(tail_bar, tail_mean + 1e-9),
        )


def _weighing(prior: np.ndarray) -> _Weighing:
    """Sohn's log likelihood ratio for a-priori SNRs ``prior``: ``sum(gamma * xi / (1 + xi)
    - log(1 + xi))`` over the bins, ``gamma`` the posterior SNR."""
    gain = prior / (1 + prior)
    return _Weighing(gain, float(np.sum(np.log1p(prior))))


@dataclass(frozen=True)
class EdgeTest:
    """The test calibrated for one edge: the room's per-bin noise power and two weighings
    of the posterior SNR -- by this phrase's voice, and flat (a breath, a burst, a sound
    unlike the rest of the phrase) -- each with its own bar."""

    noise: np.ndarray  # per-bin noise power (the bins in _BANDS)
    voice: _Weighing
    flat: _Weighing
    consonant: _ConsonantScan | None = None

    def evidence(self, power: np.ndarray) -> np.ndarray:
        """Each window's evidence of speech in bars: 0 is the noise's mean, 1 the bar."""
        if not len(power):
            return np.zeros(0)
        snr = power / self.noise
        out = [(w.scores(snr) - w.mean) / (w.bar - w.mean) for w in (self.voice, self.flat)]
        return np.maximum(*out)

    def tail_evidence(self, power: np.ndarray) -> np.ndarray:
        """The evidence of the :data:`TAIL_WINDOWS` windows from each window on, in bars."""
        if len(power) < TAIL_WINDOWS:
            return np.zeros(0)
        snr = power / self.noise
        out = [
            (w.scores(snr, TAIL_WINDOWS, "valid") - w.tail_mean) / (w.tail_bar - w.tail_mean)
            for w in (self.voice, self.flat)
        ]
        return np.maximum(*out)


def window_power(signal: np.ndarray) -> np.ndarray:
    """Power spectra of the 16 ms windows at a 4 ms hop (window ``t`` starts at ``t * HOP``),
    restricted to the speech bands."""
    if len(signal) < WIN:
        return np.zeros((0, int(np.sum(_BANDS))))
    frames = np.lib.stride_tricks.sliding_window_view(signal.astype(np.float64), WIN)[::HOP]
    spectra = np.fft.rfft(frames * _HANN, axis=1)[:, _BANDS]
    return (spectra.real**2 + spectra.imag**2) / _HANN_POWER


def calibrate(noise: np.ndarray, speech: np.ndarray) -> EdgeTest | None:
    """The test for telling ``speech``'s voice (window powers near the edge, inside the
    phrase) from ``noise`` (window powers of the room), or None when it cannot be told.

    Windows of the noise :data:`LEAK_RATIO` above its median are left out: they are speech
    that leaked into the pause's audio (a soft onset Silero heard late, a tail it cut early).
    In a quiet room's digital silence that leaves silence, and the test says nothing."""
    total = noise.sum(axis=1)
    noise = noise[total <= float(np.median(total)) * LEAK_RATIO]  # speech that leaked in
    if len(noise) < MIN_NOISE_WINDOWS or not len(speech):
        return None
    level = noise.mean(axis=0)
    if float(np.mean(level)) < SILENCE_POWER:
        return None
    level = np.maximum(level, 1e-3 * float(np.mean(level)) + 1e-14)
    prior = np.maximum(speech.mean(axis=0) - level, 0.0) / level
    if not np.any(prior > 0):
        return None
    noise_snr = noise / level
    voice = _weighing(prior * TAIL_LEVEL).calibrated(noise_snr)
    flat = _weighing(np.full(len(level), FLAT_PRIOR)).calibrated(noise_snr)
    peak = float(np.max(speech.sum(axis=1)))
    return EdgeTest(level, voice, flat, _ConsonantScan.calibrated(noise_snr, level, peak))


@dataclass(frozen=True)
class _ConsonantScan:
    """A scan for a phrase's final consonant under the noise: the mean posterior SNR of a
    band (where an 's', an 'f' or a plosive's burst has its energy) over a stretch of
    40-200 ms, in spreads of the same mean over the pause's noise (a z score per band and
    length). Integrating a whole consonant's length lifts a sound that lies under the noise
    in every single 16 ms window; calibrating each band and length on the noise (and raising
    the bar to the noise's own highest score over all of them) keeps the rate of false
    finds in the room's noise, steady or not, near zero. A stretch only counts when its
    power over the noise is within :data:`CONSONANT_RANGE_DB` of the phrase's loudest
    window: a voice fading far below that is no longer part of the phrase."""

    bands: tuple[np.ndarray, ...]  # bin masks
    lengths: tuple[int, ...]  # in windows
    mean: np.ndarray  # (band, length) the noise's mean of the stretch means
    spread: np.ndarray  # (band, length) and their standard deviation
    band_power: np.ndarray  # (band,) the noise's power summed over the band
    bar: float  # the z a stretch must reach
    faint: float  # the least excess power (a window's, summed over all bins) that counts

    @staticmethod
    def _band_snr(snr: np.ndarray, bands: tuple[np.ndarray, ...]) -> np.ndarray:
        return np.stack([snr[:, b].mean(axis=1) for b in bands], axis=0)

    @staticmethod
    def _stretch_means(x: np.ndarray, n: int) -> np.ndarray:
        """Means over every ``n`` consecutive windows along the last axis."""
        c = np.concatenate([np.zeros(x.shape[:-1] + (1,)), np.cumsum(x, axis=-1)], axis=-1)
        return (c[..., n:] - c[..., :-n]) / n

    @classmethod
    def calibrated(
        cls, noise_snr: np.ndarray, level: np.ndarray, peak: float
    ) -> _ConsonantScan | None:
        freqs = _FREQS[_BANDS]
        bands = tuple((freqs >= lo) & (freqs <= hi) for lo, hi in CONSONANT_BANDS_HZ)
        lengths = tuple(
            max(1, round(s * SAMPLE_RATE / HOP) - (WIN // HOP - 1)) for s in CONSONANT_SPANS_S
        )
        if len(noise_snr) < 2 * max(lengths):
            return None
        x = cls._band_snr(noise_snr, bands)
        mean = np.zeros((len(bands), len(lengths)))
        spread = np.zeros_like(mean)
        top = 0.0
        for j, n in enumerate(lengths):
            m = cls._stretch_means(x, n)
            mean[:, j] = m.mean(axis=1)
            # a long stretch has few independent copies in a short pause, and their spread
            # comes out too small: it is at least the shortest stretch's, scaled as for
            # independent windows
            floor = spread[:, 0] * np.sqrt(lengths[0] / n) if j else 0.0
            spread[:, j] = np.maximum(np.maximum(m.std(axis=1), floor), 1e-9)
            top = max(top, float(np.max((m - mean[:, [j]]) / spread[:, [j]])))
        return cls(
            bands,
            lengths,
            mean,
            spread,
            np.array([float(level[b].sum()) for b in bands]),
            max(CONSONANT_Z, top + CONSONANT_NOISE_MARGIN),
            peak * 10 ** (-CONSONANT_RANGE_DB / 10),
        )

    def last_window(self, snr: np.ndarray, start: int, limit: int) -> int | None:
        """The last window of the surest consonant-like stretch that begins within
        :data:`CONSONANT_GAP_S` of window ``start`` and ends before window ``limit`` (an
        index into ``snr``'s windows); None when none clears the bar."""
        gap = round(CONSONANT_GAP_S * SAMPLE_RATE / HOP)
        limit = min(limit, len(snr))
        if limit - start < min(self.lengths):
            return None
        x = self._band_snr(snr[start:limit], self.bands)
        best, found = self.bar, None
        for j, n in enumerate(self.lengths):
            if n > limit - start:
                continue
            m = self._stretch_means(x, n)[:, : gap + 1]
            z = (m - self.mean[:, [j]]) / self.spread[:, [j]]
            excess = (m - self.mean[:, [j]]) * self.band_power[:, None]
            z = np.where(excess >= self.faint, z, -np.inf)
            b, a = np.unravel_index(int(np.argmax(z)), z.shape)
            if z[b, a] >= best:
                best, found = float(z[b, a]), start + int(a) + n - 1
        return found


def offset(
    test: EdgeTest,
    power: np.ndarray,
    anchor_from: int,
    anchor_to: int,
    limit: int,
    consonant_limit: int | None = None,
) -> int | None:
    """Where the phrase ends, as a sample offset into the signal ``power`` was taken from:
    from the last surely-voiced window in ``[anchor_from, anchor_to)``, onward (not past
    window ``limit``) while the evidence stays above the bar, then while the mean evidence of
    the next :data:`TAIL_WINDOWS` windows stays above its own (lower) bar -- a soft tail
    under the noise; then, when ``consonant_limit`` is given, past a final consonant found
    under the noise that ends before window ``consonant_limit``
    (:class:`_ConsonantScan`). None when no window there is surely voiced."""
    z = test.evidence(power)
    limit = min(limit, len(z))
    sure = np.nonzero(z[anchor_from : min(anchor_to, limit)] >= ANCHOR_FACTOR)[0]
    if not len(sure):
        return None
    last = _follow(z, anchor_from + int(sure[-1]), +1, limit)
    tail = test.tail_evidence(power)
    end, most = last, last + round(TAIL_MAX_S * SAMPLE_RATE / HOP)
    while end + 1 < min(len(tail), most, limit) and tail[end + 1] >= 1.0:
        end += 1
    edge = last * HOP + WIN // 2 + EDGE_SHIFT
    if end > last:  # the tail ended within the last stretch that still held it
        edge = (end + TAIL_WINDOWS // 2) * HOP + WIN // 2 + EDGE_SHIFT
    if test.consonant is not None and consonant_limit is not None:
        # a final consonant under the noise, after the edge (and its closure)
        found = test.consonant.last_window(
            power / test.noise, -(-edge // HOP), min(consonant_limit, len(power))
        )
        if found is not None:
            edge = max(edge, found * HOP + WIN // 2)
    return edge


def onset(
    test: EdgeTest, power: np.ndarray, anchor_from: int, anchor_to: int, limit: int
) -> int | None:
    """Where the phrase starts: from the first surely-voiced window in
    ``[anchor_from, anchor_to)``, back (not before window ``limit``) while the evidence stays
    above the bar, then a soft start under the noise as for an end; None when no window there
    is surely voiced."""
    z = test.evidence(power)
    anchor_to = min(anchor_to, len(z))
    limit = max(0, limit)
    sure = np.nonzero(z[anchor_from:anchor_to] >= ANCHOR_FACTOR)[0]
    if not len(sure):
        return None
    first = _follow(z, anchor_from + int(sure[0]), -1, limit - 1)
    tail = test.tail_evidence(power)
    start, most = first, max(limit, first - round(TAIL_MAX_S * SAMPLE_RATE / HOP))
    while start - TAIL_WINDOWS >= most and tail[start - TAIL_WINDOWS] >= 1.0:
        start -= 1
    edge = first * HOP + WIN // 2 - EDGE_SHIFT
    if start < first:
        edge = (start - TAIL_WINDOWS // 2) * HOP + WIN // 2 - EDGE_SHIFT
    return max(0, edge)


def _follow(z: np.ndarray, start: int, step: int, stop: int) -> int:
    """The last window above the bar reached from ``start`` going ``step`` (+1 onward, -1
    back) short of window ``stop``, bridging dips of up to :data:`BRIDGE_S`."""
    bridge = round(BRIDGE_S * SAMPLE_RATE / HOP)
    edge, t, gap = start, start, 0
    while (t + step < stop) if step > 0 else (t + step > stop):
        t += step
        if z[t] >= 1.0:
            edge, gap = t, 0
        else:
            gap += 1
            if gap > bridge:
                break
    return edge
