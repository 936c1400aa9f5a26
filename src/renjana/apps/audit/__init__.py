"""The audit log: who changed what, when, from what, to what — written by every service."""
