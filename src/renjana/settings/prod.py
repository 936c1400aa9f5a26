"""Production: refuses to start without a secret key and explicit allowed hosts."""

from django.core.exceptions import ImproperlyConfigured

from renjana.settings.base import *  # noqa: F403
from renjana.settings.env import env_bool, env_list, env_str

DEBUG = False
SECRET_KEY = env_str("RENJANA_SECRET_KEY", "")
if len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("RENJANA_SECRET_KEY wajib diisi (minimal 32 karakter) di produksi.")
ALLOWED_HOSTS = env_list("RENJANA_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("RENJANA_ALLOWED_HOSTS wajib diisi di produksi.")
SESSION_COOKIE_SECURE = env_bool("RENJANA_HTTPS", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("RENJANA_SSL_REDIRECT", default=False)
