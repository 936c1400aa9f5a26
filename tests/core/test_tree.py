"""Roll-ups: parents are the sum of their children, whatever is stored on them."""

from decimal import Decimal

from renjana.core.tree import (
    DUPLICATE_KEY,
    ORPHAN_ROW,
    PARENT_VALUE_IGNORED,
    TreeRow,
    build_tree,
)


def row(key: str, parent: str | None, pagu: str | None = None, n1: str | None = None) -> TreeRow:
    values = {
        "pagu": None if pagu is None else Decimal(pagu),
        "pagu_n1": None if n1 is None else Decimal(n1),
    }
    return TreeRow(key=key, parent=parent, level="", nama=key, values=values)


def test_parents_are_sums_of_leaves_at_every_level() -> None:
    tree = build_tree(
        [
            row("1.06.01", None),
            row("1.06.01.1.01", "1.06.01"),
            row("1.06.01.1.01.0001", "1.06.01.1.01", "70000000.00", "200000000"),
            row("1.06.01.1.01.0002", "1.06.01.1.01", "10000000.00", "10000000"),
            row("1.06.01.1.02", "1.06.01"),
            row("1.06.01.1.02.0001", "1.06.01.1.02", "6399419236.00", None),
            row("1.06.04", None),
            row("1.06.04.1.01", "1.06.04"),
            row("1.06.04.1.01.0002", "1.06.04.1.01", "0.50"),
        ],
        ["pagu", "pagu_n1"],
    )
    assert tree.find("1.06.01.1.01").totals["pagu"] == Decimal("80000000.00")
    assert tree.find("1.06.01.1.01").totals["pagu_n1"] == Decimal("210000000")
    assert tree.find("1.06.01").totals["pagu"] == Decimal("6479419236.00")
    assert tree.find("1.06.04").totals["pagu"] == Decimal("0.50")
    assert tree.totals["pagu"] == Decimal("6479419236.50")
    assert tree.totals["pagu_n1"] == Decimal("210000000")
    assert [n.row.key for n in tree.walk()][:3] == ["1.06.01", "1.06.01.1.01", "1.06.01.1.01.0001"]
    assert tree.find("1.06.01.1.01.0001").depth == 2
    assert tree.problems == ()


def test_value_stored_on_a_parent_is_ignored_and_reported() -> None:
    tree = build_tree(
        [row("K", None, pagu="999"), row("K.1", "K", pagu="5"), row("K.2", "K", pagu="6")],
        ["pagu"],
    )
    assert tree.find("K").totals["pagu"] == Decimal("11")
    assert [p.code for p in tree.problems] == [PARENT_VALUE_IGNORED]


def test_orphan_becomes_a_root_and_is_reported() -> None:
    tree = build_tree([row("A", None, "1"), row("B.1", "B", "2")], ["pagu"])
    assert [r.row.key for r in tree.roots] == ["A", "B.1"]
    assert tree.totals["pagu"] == Decimal("3")
    assert tree.problems[0].code == ORPHAN_ROW
    assert tree.problems[0].location.kode == "B.1"


def test_duplicate_key_is_reported_and_counted_once() -> None:
    tree = build_tree([row("A", None, "1"), row("A", None, "2")], ["pagu"])
    assert tree.totals["pagu"] == Decimal("1")
    assert tree.problems[0].code == DUPLICATE_KEY


def test_missing_leaf_value_counts_as_zero_and_empty_tree_totals_zero() -> None:
    assert build_tree([row("A", None)], ["pagu"]).totals["pagu"] == Decimal(0)
    assert build_tree([], ["pagu"]).totals["pagu"] == Decimal(0)
    assert build_tree([row("A", None)], ["pagu"]).find("missing") is None
