"""The one exception services raise for rejected user input, carrying every Problem found."""

from __future__ import annotations

from collections.abc import Sequence

from renjana.core.problems import Problem


class Rejected(Exception):
    """Input was refused as a whole; nothing was written. ``problems`` says why, in Indonesian."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems[:5]))
