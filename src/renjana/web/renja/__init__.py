"""The Renja editor pages: tree with live totals, row panel, checks, workflow, table views."""
