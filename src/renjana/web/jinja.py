"""The Jinja2 environment of the pages: URL and static helpers, Indonesian formats.

Every number shown to a user goes through the core formatters, so the page, the documents
and the CLI print ``1.234.567,89`` the same way.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib.messages import get_messages
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from jinja2 import Environment

from renjana.core.idformat import format_money, format_number, format_percent, format_rupiah
from renjana.core.tanggal import format_tanggal, format_waktu


def tanggal(value: dt.date | dt.datetime | None, with_time: bool = False) -> str:
    """``22 November 2026`` (and ``14.05`` when asked), in Asia/Jakarta time."""
    if value is None:
        return "-"
    if isinstance(value, dt.datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return format_waktu(local) if with_time else format_tanggal(local)
    return format_tanggal(value)


def _or_dash(formatter: Any) -> Any:
    def wrapped(value: Decimal | int | None, *args: Any) -> str:
        if value is None:
            return "-"
        return str(formatter(Decimal(value), *args))

    return wrapped


def url(name: str, *args: Any, **kwargs: Any) -> str:
    return reverse(name, args=args or None, kwargs=kwargs or None)


def environment(**options: Any) -> Environment:
    env = Environment(**options)
    env.globals.update({"url": url, "static": static, "get_messages": get_messages})
    env.filters.update(
        {
            "rupiah": _or_dash(format_rupiah),
            "uang": _or_dash(format_money),
            "angka": _or_dash(format_number),
            "persen": _or_dash(format_percent),
            "tanggal": tanggal,
        }
    )
    return env
