"""The only writers of planning data: each call is atomic, permission-checked and audited.

- ``impor``: whole plans from importers and the sample loader;
- ``editor``: row-by-row editing of a Renja;
- ``workflow``: stages, submission, verification, approval and locking;
- ``renstra``: the Renstra and its targets.
"""
