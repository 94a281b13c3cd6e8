"""Imported once by the fork server that extraction workers are forked from
(`pipeline.ingest.worker_context`): the readers, the rules and the spaCy
matchers are loaded here, so every worker and every per-file child starts
with them and with nothing else (no DuckDB, no Arrow, no Prefect)."""

from pipeline.extract import warm_up

warm_up()
