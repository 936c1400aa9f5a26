"""Exit 0 when the PostgreSQL server of the given URL answers within three seconds."""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg


def main(url: str) -> int:
    parts = urlsplit(url)
    server = urlunsplit((parts.scheme, parts.netloc, "/postgres", "", ""))
    try:
        psycopg.connect(server, connect_timeout=3).close()
    except psycopg.Error:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
