#!/usr/bin/env python3
"""Scrapes a running `pipewright-cli run --http` endpoint for tst_runendpoint.

Usage: scrapeendpoint.py BASE_URL metrics|health|ready

Prints one JSON object: status, contentType and, for metrics, every family as
parsed by prometheus_client's own exposition-format parser (so the test checks
what Prometheus would read, not what we think we wrote); for health and ready,
the JSON body."""
import json
import math
import sys
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")


def number(value):
    return value if math.isfinite(value) else str(value)


def main():
    base, what = sys.argv[1], sys.argv[2]
    status, content_type, text = get(base + "/" + what)
    answer = {"status": status, "contentType": content_type}
    if what == "metrics":
        families = []
        for family in text_string_to_metric_families(text):
            families.append({
                "name": family.name,
                "type": family.type,
                "help": family.documentation,
                "samples": [{"name": s.name, "labels": s.labels, "value": number(s.value)} for s in family.samples],
            })
        answer["families"] = families
    else:
        answer["body"] = json.loads(text)
    print(json.dumps(answer))


if __name__ == "__main__":
    main()
