"""``include("renjana.api.urls")`` at ``/api/v1/``: the API's views, docs and schema."""

from django.urls import path

from renjana.api.api import api

urlpatterns = [path("", api.urls)]
