"""Personal API tokens: how scripts act as a user of Renjana without a browser session."""
