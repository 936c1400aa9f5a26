"""WSGI entry point for production servers (gunicorn renjana.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "renjana.settings.prod")
application = get_wsgi_application()
