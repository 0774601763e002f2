"""gatekeeper: a voice trainer for the first seconds of a cold call."""

__version__ = "0.1.0"
