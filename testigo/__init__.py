"""testigo: sourced, time-aware networks of claims from reporting on organised crime."""

from __future__ import annotations

__version__ = "0.1.0"
