"""The ``renjana`` command: Django's management commands under the product's own name.

``renjana migrate``, ``renjana sample``, ``renjana serve``, ``renjana opd list`` and
``renjana reference import`` are management commands of the apps they belong to, so they
are documented by ``renjana help`` and testable with ``call_command``.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "renjana.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["renjana", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
