"""The pure calculation core: plain immutable values in, plain values out.

Nothing here imports Django, touches a file, the network or the clock; an import-linter
contract in ``pyproject.toml`` keeps it that way.
"""
