"""The only writers of document content: ``naskah`` (narrative parts, signature place and
date), ``landasan`` (landasan hukum lists), ``profil`` (office profile, staff tables) and
``logo`` (the pemda logo). Each checks role and scope, refuses bad input with Indonesian
problems naming the field, writes in one transaction and leaves an audit record."""
