"""Read a kafka_txn_shim journal and compute what a read_committed consumer sees.

Kafka's rule (KIP-98): a record written by a transactional producer is visible
to a read_committed consumer iff the transaction it belongs to ended with a
COMMIT marker.  A transaction is identified by (transactional_id, producer_id,
producer_epoch); it ends at the first "end" (EndTxn) or "fenced-abort"
(InitProducerId of a new producer instance for the same transactional_id)
event after the record.  Records of aborted or never-ended (open)
transactions are invisible.  Non-transactional records are not journaled and
are always visible.

Python 3 standard library only.
"""

import json

END_EVENTS = ("end", "fenced-abort")


def load_journal(path):
    """Return the list of journal events (dicts).  A torn last line (writer
    killed mid-write) is ignored; any other bad line raises ValueError."""
    events = []
    with open(path, "r", encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            events.append(json.loads(line))
        except ValueError:
            if i == len(lines) - 1:
                break  # torn tail
            raise ValueError("%s:%d: bad journal line: %r" % (path, i + 1, line))
    return events


def classify(events):
    """Return a list of (produce_event, status) with status one of
    'committed', 'aborted', 'open'."""
    out = []
    open_by_txn = {}  # transactional_id -> [index into out]
    for ev in events:
        kind = ev.get("event")
        if kind == "produce":
            out.append([ev, "open"])
            open_by_txn.setdefault(ev["transactional_id"], []).append(len(out) - 1)
        elif kind in END_EVENTS:
            tid = ev["transactional_id"]
            committed = kind == "end" and bool(ev.get("committed"))
            for idx in open_by_txn.pop(tid, []):
                rec = out[idx][0]
                same_txn = (rec["producer_id"] == ev.get("producer_id") and
                            rec["producer_epoch"] == ev.get("producer_epoch"))
                out[idx][1] = "committed" if (committed and same_txn) else "aborted"
    return [(ev, st) for ev, st in out]


def _merge(ranges):
    ranges.sort()
    merged = []
    for a, b in ranges:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def invisible_ranges(events, topic):
    """{partition(str): [[first, last], ...]} of transactional records on
    `topic` that a read_committed consumer would not see."""
    per = {}
    for ev, st in classify(events):
        if ev["topic"] != topic or st == "committed":
            continue
        per.setdefault(str(ev["partition"]), []).append(
            [ev["base_offset"], ev["last_offset"]])
    return {p: _merge(r) for p, r in sorted(per.items(), key=lambda kv: int(kv[0]))}


def totals(events, topic=None):
    """Record counts per status (optionally for one topic)."""
    t = {"committed": 0, "aborted": 0, "open": 0}
    for ev, st in classify(events):
        if topic is None or ev["topic"] == topic:
            t[st] += ev["count"]
    return t


def committed_offsets(events):
    """{group: {topic: {partition(str): offset}}} applied by committed
    transactions, in journal order (later commits overwrite)."""
    res = {}
    for ev in events:
        if ev.get("event") == "end" and ev.get("committed"):
            for group, topics in (ev.get("offsets") or {}).items():
                for topic, parts in topics.items():
                    for p, off in parts.items():
                        res.setdefault(group, {}).setdefault(topic, {})[str(p)] = off
    return res
