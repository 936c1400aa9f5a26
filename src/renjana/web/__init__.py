"""Server-rendered pages (Jinja2 + HTMX): thin views over selectors and services."""
