"""Numbers in the API's JSON: exact strings out, one documented reading in.

Out: money is a string with "." as the decimal point and always two decimals
(``"1250000.50"``), indicator values as stored without trailing zeros (``"66.5"``); never a
JSON float, which would round. In, a number field takes a JSON integer or a string:

1. a string of digits with at most one "." (the API's own output form) is a plain decimal:
   ``"1250000.50"``, ``"66.5"``;
2. any other string is Indonesian text read by ``renjana.core.idformat``: ``"1.250.000,50"``,
   ``"Rp 70.000.000"``;
3. ``""``, ``"-"`` and ``null`` mean no value.

Nothing is guessed (docs/adr/0001-money.md): a reading the core parser flags as doubtful, a
money amount with more than two decimals (``"70.000"`` — seventy rupiah or seventy
thousand?), a negative amount or a JSON float is refused with a message that says how to
write it. The reading happens while the request is validated, so a refused number never
reaches a service.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from renjana.core.idformat import ColumnKind, is_missing_text, parse_number
from renjana.core.numbers import (
    MONEY_DECIMAL_PLACES,
    MONEY_MAX_DIGITS,
    VALUE_DECIMAL_PLACES,
    VALUE_MAX_DIGITS,
    D,
    quantize_money,
)

_PLAIN = re.compile(r"-?[0-9]+(?:\.([0-9]+))?")


def _refuse(code: str, message: str, found: object = "") -> PydanticCustomError:
    # The message goes in the context so braces in user text are never read as a template.
    return PydanticCustomError(code, "{pesan}", {"pesan": message, "found": str(found)})


def read_angka(value: Any, *, money: bool) -> Decimal | None:
    """One number field of a request, by the rules of this module's docstring."""
    places = MONEY_DECIMAL_PLACES if money else VALUE_DECIMAL_PLACES
    max_digits = MONEY_MAX_DIGITS if money else VALUE_MAX_DIGITS
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _refuse(
            "ANGKA_BUKAN_TEKS",
            'kirim angka sebagai teks (mis. "1250000.50") atau bilangan bulat; angka '
            "pecahan JSON tidak dipakai karena bisa tidak tepat.",
        )
    text = str(value).strip()
    if is_missing_text(text):
        return None
    plain = _PLAIN.fullmatch(text)
    if plain is not None:
        if plain.group(1) is not None and len(plain.group(1)) > places:
            raise _refuse("ANGKA_DESIMAL_BERLEBIH", _too_many_places(text, places, money), text)
        number = D(text)
    else:
        parsed = parse_number(text, ColumnKind.MONEY if money else ColumnKind.GENERIC)
        if parsed.problems or parsed.value is None:
            first = parsed.problems[0] if parsed.problems else None
            raise _refuse(
                first.code if first else "BUKAN_ANGKA",
                first.message if first else "bukan angka.",
                text,
            )
        number = parsed.value
        exponent = number.normalize().as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            raise _refuse("ANGKA_DESIMAL_BERLEBIH", _too_many_places(text, places, money), text)
    if money and number < 0:
        raise _refuse("ANGKA_NEGATIF", f"'{text}': jumlah uang tidak boleh negatif.", text)
    if abs(number) >= Decimal(10) ** (max_digits - places):
        raise _refuse("ANGKA_TERLALU_BESAR", f"'{text}' terlalu besar untuk disimpan.", text)
    return number


def _too_many_places(text: str, places: int, money: bool) -> str:
    if money:
        return (
            f"'{text}' punya lebih dari {places} angka desimal; uang disimpan sampai sen. "
            'Di API, satu titik adalah tanda desimal: tulis 70000 atau "70.000,00" untuk '
            "tujuh puluh ribu."
        )
    return f"'{text}' punya lebih dari {places} angka desimal."


def _schema(description: str, examples: list[Any], *, money: bool) -> WithJsonSchema:
    places = MONEY_DECIMAL_PLACES if money else VALUE_DECIMAL_PLACES
    largest = 10 ** ((MONEY_MAX_DIGITS if money else VALUE_MAX_DIGITS) - places) - 1
    integer = {"type": "integer", "minimum": 0 if money else -largest, "maximum": largest}
    return WithJsonSchema(
        {
            "anyOf": [{"type": "string"}, integer, {"type": "null"}],
            "description": description,
            "examples": examples,
        }
    )


Uang = Annotated[
    Decimal | None,
    PlainValidator(lambda v: read_angka(v, money=True)),
    _schema(
        'Rupiah: teks dengan titik desimal ("1250000.50"), teks berformat Indonesia '
        '("1.250.000,50") atau bilangan bulat; null/""/"-" = kosong. Paling banyak dua '
        "angka desimal; tidak boleh negatif.",
        ["1250000.50", "1.250.000,50", 70000000],
        money=True,
    ),
]

Nilai = Annotated[
    Decimal | None,
    PlainValidator(lambda v: read_angka(v, money=False)),
    _schema(
        'Nilai target: teks dengan titik desimal ("66.5"), teks berformat Indonesia '
        '("1.250,75") atau bilangan bulat; null/""/"-" = kosong. Paling banyak empat '
        "angka desimal.",
        ["70", "66.5", "1.250,75"],
        money=False,
    ),
]


def money_out(value: Decimal | None) -> str | None:
    """Money for a response: two decimals, "." as the decimal point, never exponent form."""
    return None if value is None else f"{quantize_money(value):f}"
