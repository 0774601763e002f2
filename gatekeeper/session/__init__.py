"""Running one call: wiring a source of trainee turns and a clock to the dialogue engine.

A voice call (audio -> VAD -> ASR -> engine -> TTS -> audio) is :mod:`.voice_call`, a typed
call :mod:`.typed_call`, a scripted call :mod:`.text_call`; what each needs before it starts
is in :mod:`.call_setup`.
"""
