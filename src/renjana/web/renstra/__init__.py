"""Renstra pages: the list per office, the create form and the cascade with inline editing."""
