"""Settings shared by every environment. Safe by default: DEBUG is off unless asked for.

The database is chosen by ``DATABASE_URL``; without it Renjana uses an embedded SQLite file
``renjana.sqlite3`` in the working directory, so ``make run`` needs no server.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
import django_stubs_ext

from renjana.settings.env import env_bool, env_list, env_str

# Lets model admins and querysets be subscripted for the type checker (ModelAdmin[Pemda]).
django_stubs_ext.monkeypatch()

PACKAGE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("RENJANA_DEBUG", default=False)
SECRET_KEY = env_str("RENJANA_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("RENJANA_ALLOWED_HOSTS", ("127.0.0.1", "localhost"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # django-ninja serves the API docs (Swagger UI) from its own static files, not a CDN.
    "ninja",
    "renjana.apps.organisasi",
    "renjana.apps.referensi",
    "renjana.apps.audit",
    "renjana.apps.perencanaan",
    "renjana.apps.realisasi",
    "renjana.apps.spm",
    "renjana.apps.kinerja",
    "renjana.apps.akses",
    "renjana.apps.partisipasi",
    "renjana.apps.dokumen",
    "renjana.sample",
    "renjana.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "renjana.urls"
WSGI_APPLICATION = "renjana.wsgi.application"
AUTH_USER_MODEL = "organisasi.Pengguna"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "beranda"
LOGOUT_REDIRECT_URL = "login"

TEMPLATES = [
    {
        # Pages use Jinja2: large tables render ~2x faster than with Django templates
        # (shared/design/DEPENDENCIES.md). The admin keeps Django templates.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"environment": "renjana.web.jinja.environment", "autoescape": True},
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "sqlite:///" + str(Path.cwd() / "renjana.sqlite3")),
        conn_max_age=60,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Only needed for `collectstatic` in production; locally WhiteNoise serves from the apps.
STATIC_ROOT = Path(env_str("RENJANA_STATIC_ROOT")) if env_str("RENJANA_STATIC_ROOT") else None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = Path(env_str("RENJANA_MEDIA_ROOT", str(Path.cwd() / "media")))
MEDIA_URL = "/media/"

# WhiteNoise serves static files straight from the app directories, so `renjana serve`
# works without `collectstatic`.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # HTMX reads the token from the page, not the cookie
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("RENJANA_LOG_LEVEL", "WARNING")},
}
