"""Orchestration: Prefect flows, thin tasks and the command line.

Prefect is configured here, before it is first imported, for a machine with
no network: no telemetry. (The CLI also quiets Prefect's logs to warnings.)
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
