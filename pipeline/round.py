"""One round of `paragraf schedule`, in a process of its own (pipeline.schedule
starts it): the `scheduled_ingest` Prefect flow run, and its summary as one
JSON line on stdout ({"summary": …} or {"error": …})."""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.round")
    for name in ("--db", "--inbox", "--portal", "--staging"):
        parser.add_argument(name)
    args = parser.parse_args(argv)
    from prefect.states import State

    from pipeline.flows import scheduled_ingest
    from pipeline.summary import IngestSummary

    try:
        state = scheduled_ingest(db=args.db, inbox=args.inbox, portal=args.portal, staging=args.staging,
                                 return_state=True)
        result = state.result(raise_on_failure=False)
        while isinstance(result, State):  # the round ends in its ingest's state, whose data is the summary
            state, result = result, result.result(raise_on_failure=False)
    except KeyboardInterrupt:  # asked to stop: what was saved is saved
        return 130
    if isinstance(result, IngestSummary):
        print(json.dumps({"summary": result.model_dump()}, ensure_ascii=False), flush=True)
        return 0
    message = str(result) if isinstance(result, BaseException) else (state.message or "the round failed")
    print(json.dumps({"error": " ".join(message.split())[:500]}, ensure_ascii=False), flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
