"""The pure dialogue: judge, engine (state machine with the shock pause) and scorecard.

Imports nothing heavier than the standard library, pydantic and rapidfuzz, so a whole call
can be driven by synthetic events in milliseconds.
"""
