"""The document audit (issue 7): every rule of domain.md §7 on a Renja/RKT as printed.

``audit_file(path)`` / ``audit_document(document)`` read a DOCX, XLSX or converted text,
detect the plan year, tingkat and coding from the document itself (overridable), rebuild the
hierarchy of every planning table and apply the rule families — printed totals, recomputed
percentages and formulas (T-C.29, RFK, budget, capaian, SPM, staff tables), codes against the
nomenclature and the office's tingkat, the same code across tables, completeness, units,
years and counts in headings and narrative, citations of regulations — and report each
problem once as a ``Finding``. ``draft_rows(report)`` gives the rows of the document's main
Renja table for an office's draft Renja after review. Writers: ``json_report`` (schema in
``docs/audit.schema.json``), ``html_report``, ``xlsx_report``.

This package is an adapter at the edge: it imports only ``renjana.core``, ``renjana.reference``
and the reading layer (an import-linter contract), and reuses the core's arithmetic.
"""

from renjana.core.renja import RenjaRowInput
from renjana.importers.audit.aturan import ATURAN_AUDIT, AturanAudit
from renjana.importers.audit.audit import audit_document, audit_file
from renjana.importers.audit.model import (
    AuditReport,
    DocumentMeta,
    Finding,
    JenisDokumen,
    Place,
    TableSummary,
)


def draft_rows(report: AuditReport) -> tuple[RenjaRowInput, ...]:
    """The rows of the document's main Renja table (17-column or T-C.33), in table order,
    with the pagu printed on parent rows dropped (the core sums the children): what
    ``perencanaan.services.impor.import_renja`` takes once a person has reviewed them."""
    return report.rencana


__all__ = [
    "ATURAN_AUDIT",
    "AturanAudit",
    "AuditReport",
    "DocumentMeta",
    "Finding",
    "JenisDokumen",
    "Place",
    "TableSummary",
    "audit_document",
    "audit_file",
    "draft_rows",
]
