"""The JSON API (``/api/v1/``): Renja rows read and written through the same selectors and
services as the pages, described by an OpenAPI schema. See docs/api.md."""
