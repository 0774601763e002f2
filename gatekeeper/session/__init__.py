"""Running one call: wiring a source of trainee turns and a clock to the dialogue engine.

The typed and scripted calls live in :mod:`gatekeeper.session.text_call`; the voice session
(audio -> VAD -> ASR -> engine -> TTS -> audio) is built on the same engine events.
"""
