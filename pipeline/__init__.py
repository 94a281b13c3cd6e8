"""Orchestration: Prefect flows, thin tasks and the command line.

Prefect is configured here, before it is first imported, for a machine with
no network: no telemetry, and quiet logs unless the user asks for them.
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
