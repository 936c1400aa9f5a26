"""Local use (`make run`, `renjana serve`): debug on, a fixed development secret key."""

from renjana.settings.base import *  # noqa: F403
from renjana.settings.env import env_bool, env_str

DEBUG = env_bool("RENJANA_DEBUG", default=True)
SECRET_KEY = env_str("RENJANA_SECRET_KEY", "dev-only-not-secret-renjana")
WHITENOISE_AUTOREFRESH = DEBUG
