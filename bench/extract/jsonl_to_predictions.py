#!/usr/bin/python3
"""Turns `corroborate extract` JSONL into extract_eval predictions, for bench/extract/run.

    python3 jsonl_to_predictions.py IN.jsonl OUT.json

Each record's "source" (the input path) names the page: its file name up to the first dot is the
AEB key (sha256). Writes {"<key>": {"articleBody": maintext}}; prints how many records it read.
"""
import json
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: jsonl_to_predictions.py IN.jsonl OUT.json")
    predictions = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            key = os.path.basename(record.get("source") or "").split(".")[0]
            if key:
                predictions[key] = {"articleBody": record.get("maintext") or ""}
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(predictions, f)
    print("records %d" % len(predictions), file=sys.stderr)


if __name__ == "__main__":
    main()
