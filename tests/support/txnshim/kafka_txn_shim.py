#!/usr/bin/env python3
"""Kafka protocol proxy ("transaction shim") for librdkafka's mock cluster.

The mock cluster (librdkafka 2.0.2) runs the transaction protocol but
  1. discards the offsets of TxnOffsetCommit, and
  2. writes no transaction markers (so read_committed means nothing).
This proxy sits between Kafka clients and the mock and supplies the
broker-side parts of exactly-once that are missing:
  * offsets sent with a transaction become the group's committed offsets
    exactly when (and only when) the transaction commits (EndTxn committed=true),
    before the client sees the EndTxn response;
  * InitProducerId for a transactional.id with an unended transaction aborts
    that transaction and fences the old producer instance (the mock would
    happily hand out a second, unrelated producer id): later requests of the
    fenced (producer_id, epoch) are answered by the proxy with
    INVALID_PRODUCER_EPOCH and never reach the mock;
  * a JSON-lines journal of transactional produces and transaction outcomes,
    from which `visible` computes what a read_committed consumer would see.

Usage:
  kafka_txn_shim.py serve --upstream HOST:PORT --journal PATH
  kafka_txn_shim.py visible --journal PATH --topic T

Python 3 standard library only.
"""

import argparse
import asyncio
import json
import os
import signal
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import txnjournal  # noqa: E402

# API keys
PRODUCE, FETCH, METADATA, OFFSET_COMMIT, OFFSET_FETCH = 0, 1, 3, 8, 9
FIND_COORDINATOR, JOIN_GROUP, HEARTBEAT, LEAVE_GROUP, SYNC_GROUP = 10, 11, 12, 13, 14
API_VERSIONS, INIT_PRODUCER_ID = 18, 22
ADD_PARTITIONS_TO_TXN, ADD_OFFSETS_TO_TXN, END_TXN, TXN_OFFSET_COMMIT = 24, 25, 26, 28

API_NAMES = {PRODUCE: "Produce", FETCH: "Fetch", METADATA: "Metadata", OFFSET_COMMIT: "OffsetCommit",
             FIND_COORDINATOR: "FindCoordinator", JOIN_GROUP: "JoinGroup",
             HEARTBEAT: "Heartbeat", LEAVE_GROUP: "LeaveGroup", SYNC_GROUP: "SyncGroup",
             INIT_PRODUCER_ID: "InitProducerId",
             ADD_PARTITIONS_TO_TXN: "AddPartitionsToTxn",
             ADD_OFFSETS_TO_TXN: "AddOffsetsToTxn", END_TXN: "EndTxn",
             TXN_OFFSET_COMMIT: "TxnOffsetCommit"}

# First flexible (KIP-482) version of each API we parse.
FLEX_FROM = {PRODUCE: 9, FETCH: 12, METADATA: 9, OFFSET_COMMIT: 8, FIND_COORDINATOR: 3, OFFSET_FETCH: 6,
             JOIN_GROUP: 6, HEARTBEAT: 4, LEAVE_GROUP: 4, SYNC_GROUP: 4,
             INIT_PRODUCER_ID: 2, ADD_PARTITIONS_TO_TXN: 3, ADD_OFFSETS_TO_TXN: 3,
             END_TXN: 3, TXN_OFFSET_COMMIT: 3}

# Highest version of each intercepted API this proxy can parse.  A request of
# a higher version is refused (connection closed) rather than mis-parsed.
MAX_PARSED = {PRODUCE: 8, METADATA: 12, FIND_COORDINATOR: 3, OFFSET_FETCH: 7, JOIN_GROUP: 9,
              HEARTBEAT: 4, LEAVE_GROUP: 5, INIT_PRODUCER_ID: 4,
              ADD_PARTITIONS_TO_TXN: 3, ADD_OFFSETS_TO_TXN: 3, END_TXN: 3,
              TXN_OFFSET_COMMIT: 3}

# Error codes
E_NONE = 0
E_COORDINATOR_LOAD_IN_PROGRESS = 14
E_NOT_COORDINATOR = 16
E_ILLEGAL_GENERATION = 22
E_UNKNOWN_MEMBER_ID = 25
E_REBALANCE_IN_PROGRESS = 27
E_INVALID_REQUEST = 42
E_INVALID_PRODUCER_EPOCH = 47

MAX_FRAME = 512 * 1024 * 1024

# Copying a committed transaction's offsets into the mock (in the background):
# retry this long (seconds) for the group to become committable (rebalance in
# progress, ...); the shim's own offset store has them already.
COMMIT_DEADLINE_S = 10.0


def log(msg):
    sys.stderr.write("txnshim: %s\n" % msg)
    sys.stderr.flush()


class ProtocolError(Exception):
    pass


# ---------------------------------------------------------------- codec
class Reader:
    def __init__(self, buf, pos=0):
        self.buf = buf
        self.pos = pos

    def _take(self, n):
        if n < 0 or self.pos + n > len(self.buf):
            raise ProtocolError("truncated at byte %d (need %d of %d)"
                                % (self.pos, n, len(self.buf)))
        v = self.buf[self.pos:self.pos + n]
        self.pos += n
        return v

    def _unpack(self, fmt, n):
        return struct.unpack(fmt, self._take(n))[0]

    def i8(self): return self._unpack(">b", 1)
    def i16(self): return self._unpack(">h", 2)
    def i32(self): return self._unpack(">i", 4)
    def u32(self): return self._unpack(">I", 4)
    def i64(self): return self._unpack(">q", 8)
    def boolean(self): return self.i8() != 0

    def uvarint(self):
        shift = 0
        val = 0
        while True:
            b = self._take(1)[0]
            val |= (b & 0x7F) << shift
            if not b & 0x80:
                return val
            shift += 7
            if shift > 63:
                raise ProtocolError("bad varint")

    def string(self, flex=False):
        if flex:
            n = self.uvarint() - 1
        else:
            n = self.i16()
        if n < 0:
            return None
        return self._take(n).decode("utf-8", "replace")

    def bytes_(self, flex=False):
        if flex:
            n = self.uvarint() - 1
        else:
            n = self.i32()
        if n < 0:
            return None
        return self._take(n)

    def array_len(self, flex=False):
        if flex:
            return self.uvarint() - 1
        return self.i32()

    def tags(self, flex=True):
        if not flex:
            return
        for _ in range(self.uvarint()):
            self.uvarint()
            self._take(self.uvarint())


def w_uvarint(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def w_str(s, flex=False):
    if s is None:
        return w_uvarint(0) if flex else struct.pack(">h", -1)
    b = s.encode("utf-8")
    return (w_uvarint(len(b) + 1) if flex else struct.pack(">h", len(b))) + b


def w_array_len(n, flex=False):
    return w_uvarint(n + 1) if flex else struct.pack(">i", n)


def parse_request_header(frame):
    """-> (api_key, api_version, correlation_id, client_id, body_offset)"""
    r = Reader(frame)
    api_key = r.i16()
    ver = r.i16()
    corr = r.i32()
    client_id = r.string()  # always a classic nullable string
    if api_key in FLEX_FROM and ver >= FLEX_FROM[api_key]:
        r.tags()
    return api_key, ver, corr, client_id, r.pos


def is_flex(api_key, ver):
    return api_key in FLEX_FROM and ver >= FLEX_FROM[api_key]


def response_body_offset(api_key, ver, frame):
    r = Reader(frame, 4)
    if is_flex(api_key, ver):
        r.tags()
    return r.pos


def response_header(api_key, ver, corr):
    h = struct.pack(">i", corr)
    if is_flex(api_key, ver):
        h += w_uvarint(0)
    return h


def parse_record_batches(records):
    """Yield dicts for each record batch (magic 2) in a Produce partition's
    records bytes."""
    r = Reader(records or b"")
    while r.pos < len(r.buf):
        start = r.pos
        r.i64()  # baseOffset (set by broker)
        length = r.i32()
        end = r.pos + length
        if length < 0 or end > len(r.buf):
            raise ProtocolError("record batch length %d exceeds data" % length)
        r.i32()  # partitionLeaderEpoch
        magic = r.i8()
        if magic != 2:
            raise ProtocolError("record batch magic %d in a transactional "
                                "Produce (only v2 batches are understood)" % magic)
        r.u32()  # crc
        attributes = r.i16()
        last_offset_delta = r.i32()
        r.i64()
        r.i64()
        producer_id = r.i64()
        producer_epoch = r.i16()
        r.i32()  # baseSequence
        record_count = r.i32()
        r.pos = end
        yield {"attributes": attributes, "last_offset_delta": last_offset_delta,
               "producer_id": producer_id, "producer_epoch": producer_epoch,
               "count": record_count, "start": start,
               "transactional": bool(attributes & 0x10),
               "control": bool(attributes & 0x20)}


def _crc32c_table():
    tab = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        tab.append(c)
    return tab


_CRC32C = _crc32c_table()


def crc32c(data):
    c = 0xFFFFFFFF
    for b in data:
        c = _CRC32C[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def w_varint(v):
    """zigzag varint (record fields)"""
    return w_uvarint((v << 1) ^ (v >> 63))


def abort_marker_batch(batch):
    """A control batch (one ABORT marker) spanning exactly the offsets of the
    given aborted v2 data batch: a read_committed consumer skips it and
    continues after its last offset, as it would skip an aborted transaction
    followed by its marker on a real broker."""
    (base, _len, leader_epoch, _magic, _crc, attrs, last_delta, base_ts, max_ts,
     pid, epoch, _seq, _cnt) = struct.unpack(">qiibIhiqqqhii", batch[:61])
    key = struct.pack(">hh", 0, 0)            # version 0, type 0 = ABORT
    value = struct.pack(">hi", 0, 0)          # version 0, coordinator epoch
    rec = (b"\x00" + w_varint(0) + w_varint(last_delta) + w_varint(len(key)) + key +
           w_varint(len(value)) + value + w_varint(0))
    rec = w_varint(len(rec)) + rec
    attrs = (attrs & 0x08) | 0x10 | 0x20     # keep timestamp type; transactional+control
    after_crc = struct.pack(">hiqqqhii", attrs, last_delta, base_ts, max_ts, pid, epoch,
                            -1, 1) + rec
    return (struct.pack(">qiib", base, 4 + 1 + 4 + len(after_crc), leader_epoch, 2) +
            struct.pack(">I", crc32c(after_crc)) + after_crc)


# ---------------------------------------------------------------- journal
class Journal:
    def __init__(self, path):
        self.path = path
        self.f = open(path, "a", encoding="utf-8")

    def write(self, event, **fields):
        rec = {"event": event, "ts": round(time.time(), 6)}
        rec.update(fields)
        self.f.write(json.dumps(rec, sort_keys=True) + "\n")
        self.f.flush()   # in the kernel: survives a SIGKILL of the shim

    def close(self):
        self.f.close()


# ---------------------------------------------------------------- state
class Txn:
    """Coordinator-side view of one transactional.id."""

    def __init__(self, tid):
        self.tid = tid
        self.pid = -1
        self.epoch = -1
        self.open = False          # records produced / offsets added since last end
        self.pending = {}          # group -> {"coordinator": addr, "generation_id",
                                   #           "member_id", "offsets": {topic: {part: (off, meta)}}}
        self.fenced = set()        # (pid, epoch) of fenced instances
        self.applied = {}          # groups already committed by a retried EndTxn
        self.seq = 0               # number of ended transactions (fetch filter key)
        self.lock = asyncio.Lock() # EndTxn vs InitProducerId


class Group:
    def __init__(self):
        self.generation = -1
        self.members = {}          # member_id -> generation seen


class Shim:
    def __init__(self, upstreams, journal_path, filter_fetch=False):
        self.upstreams = upstreams            # [(host, port)]
        self.journal = Journal(journal_path)
        self.txns = {}
        self.pid_to_tid = {}                  # pid -> tid
        self.groups = {}
        self.listeners = {}                   # (host, port) upstream -> local port
        self.servers = []
        self.conns = set()
        self.seen_versions = {}               # api name -> set(versions)
        self.connect_sem = asyncio.Semaphore(4)
        self.filter_fetch = filter_fetch
        # transactional batches in the log, for the read_committed Fetch filter
        self.batch_index = {}                 # (topic, part) -> {base: (last, key, pid, epoch)}
        self.txn_batches = {}                 # key (tid, seq) -> [((topic, part), base)]
        self.outcome = {}                     # key -> (committed, pid, epoch); absent = open
        self.open_bases = {}                  # (topic, part) -> {base}
        # Offsets committed by transactions, as a Kafka coordinator keeps them:
        # (group, topic, partition) -> offset. OffsetFetch answers carry them
        # (the mock's own copy is updated in the background and may lag: it
        # takes an OffsetCommit only from a current member outside a rebalance).
        self.committed = {}
        self.background = set()
        self.replay(journal_path)

    def add_batch(self, tid, topic, part, base, last, pid, epoch):
        t = self.txn(tid)
        key = (tid, t.seq)
        tp = (topic, part)
        self.batch_index.setdefault(tp, {})[base] = (last, key, pid, epoch)
        self.txn_batches.setdefault(key, []).append((tp, base))
        self.open_bases.setdefault(tp, set()).add(base)

    def resolve(self, tid, committed, pid, epoch):
        """The current transaction of tid ended (EndTxn or fenced abort)."""
        t = self.txn(tid)
        key = (tid, t.seq)
        t.seq += 1
        self.outcome[key] = (committed, pid, epoch)
        for tp, base in self.txn_batches.pop(key, []):
            self.open_bases.get(tp, set()).discard(base)

    def batch_status(self, tp, base):
        """'committed', 'aborted', 'open' or None (not a journaled batch)."""
        ent = self.batch_index.get(tp, {}).get(base)
        if ent is None:
            return None
        last, key, pid, epoch = ent
        out = self.outcome.get(key)
        if out is None:
            return "open"
        return "committed" if out[0] and (out[1], out[2]) == (pid, epoch) else "aborted"

    # -- state recovery: a restarted shim continues its journal
    def replay(self, path):
        try:
            events = txnjournal.load_journal(path)
        except FileNotFoundError:
            return
        for ev in events:
            kind = ev.get("event")
            tid = ev.get("transactional_id")
            if tid is None:
                continue
            t = self.txn(tid)
            if kind == "init":
                t.pid, t.epoch = ev["producer_id"], ev["producer_epoch"]
                self.pid_to_tid[t.pid] = tid
            elif kind == "produce":
                t.open = True
                self.add_batch(tid, ev["topic"], ev["partition"], ev["base_offset"],
                               ev["last_offset"], ev["producer_id"], ev["producer_epoch"])
            elif kind == "offsets-pending":
                t.open = True
                g = t.pending.setdefault(ev["group_id"], {"offsets": {}})
                g.update(coordinator=tuple(ev["coordinator"]),
                         generation_id=ev["generation_id"], member_id=ev["member_id"])
                for topic, parts in ev["offsets"].items():
                    for p, o in parts.items():
                        g["offsets"].setdefault(topic, {})[int(p)] = (o, None)
            elif kind in ("end", "fenced-abort"):
                if kind == "end" and ev.get("committed"):
                    self.remember_committed(ev.get("offsets", {}))
                self.resolve(tid, kind == "end" and bool(ev.get("committed")),
                             ev["producer_id"], ev["producer_epoch"])
                t.open = False
                t.pending = {}
                if kind == "fenced-abort":
                    t.fenced.add((ev["producer_id"], ev["producer_epoch"]))
        if events:
            log("replayed %d journal events" % len(events))

    def remember_committed(self, offsets_by_group):
        """offsets_by_group: {group: {topic: {partition: offset}}} (journal form)."""
        for group, topics in offsets_by_group.items():
            for topic, parts in topics.items():
                for p, o in parts.items():
                    key = (group, topic, int(p))
                    self.committed[key] = max(int(o), self.committed.get(key, -1))

    def txn(self, tid):
        t = self.txns.get(tid)
        if t is None:
            t = self.txns[tid] = Txn(tid)
        return t

    def is_fenced(self, tid, pid, epoch):
        """True when (pid, epoch) is not the current producer instance of tid
        (an older epoch, or the producer id of an instance that was replaced)."""
        t = self.txns.get(tid)
        if t is None or t.pid < 0:
            return False      # never saw its InitProducerId: let the mock decide
        if pid == t.pid:
            return epoch < t.epoch
        return (pid, epoch) in t.fenced or self.pid_to_tid.get(pid) == tid

    # -- listeners
    def listener_for(self, host, port):
        key = (host, int(port))
        if key not in self.listeners:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", 0))
            sock.listen(128)
            sock.setblocking(False)
            self.listeners[key] = sock.getsockname()[1]
            asyncio.get_running_loop().create_task(self._serve(sock, key))
        return self.listeners[key]

    async def _serve(self, sock, upstream):
        srv = await asyncio.start_server(
            lambda r, w: self.handle_client(r, w, upstream), sock=sock)
        self.servers.append(srv)
        log("listening on 127.0.0.1:%d -> %s:%d" % (sock.getsockname()[1], *upstream))

    async def handle_client(self, creader, cwriter, upstream):
        conn = Connection(self, creader, cwriter, upstream)
        self.conns.add(conn)
        try:
            await conn.run()
        finally:
            self.conns.discard(conn)

    def note_version(self, api_key, ver):
        name = API_NAMES.get(api_key)
        if name:
            s = self.seen_versions.setdefault(name, set())
            if ver not in s:
                s.add(ver)
                log("client uses %s v%d" % (name, ver))

    # -- committing the offsets of a committed transaction
    async def commit_group_offsets(self, group_id, entry):
        """Send our own OffsetCommit (v2) for `entry` to the group coordinator
        the TxnOffsetCommit went to.  Returns None on success, else an error
        string."""
        deadline = time.monotonic() + COMMIT_DEADLINE_S
        host, port = entry["coordinator"]
        last = "no attempt"
        while True:
            no_member = False
            for gen, member in self.commit_identities(group_id, entry):
                try:
                    errs = await offset_commit(host, port, group_id, gen, member,
                                               entry["offsets"])
                except (OSError, ProtocolError, asyncio.TimeoutError) as e:
                    last = "OffsetCommit to %s:%d failed: %r" % (host, port, e)
                    continue
                bad = {k: v for k, v in errs.items() if v != E_NONE}
                if not bad:
                    return None
                last = ("OffsetCommit(group=%s generation=%d member=%r) errors %s"
                        % (group_id, gen, member, bad))
                if any(v not in (E_ILLEGAL_GENERATION, E_UNKNOWN_MEMBER_ID,
                                 E_REBALANCE_IN_PROGRESS, E_COORDINATOR_LOAD_IN_PROGRESS,
                                 E_NOT_COORDINATOR, E_INVALID_REQUEST) for v in bad.values()):
                    return last   # not retriable
                if E_UNKNOWN_MEMBER_ID in bad.values():
                    g = self.groups.get(group_id)
                    if g is not None:
                        g.members.pop(member, None)
                if member == "" and set(bad.values()) <= {
                        E_ILLEGAL_GENERATION, E_UNKNOWN_MEMBER_ID, E_INVALID_REQUEST}:
                    no_member = True
            if no_member and not (self.groups.get(group_id) and self.groups[group_id].members):
                # The mock knows the group but it has no member we know of
                # (all consumers left or died).  Kafka would still apply the
                # offsets; the mock only takes them from a member, so join
                # the group briefly as an empty-handed member and commit.
                try:
                    err = await ghost_commit(host, port, group_id, entry["offsets"])
                except (OSError, ProtocolError, asyncio.TimeoutError) as e:
                    err = "ghost-member commit failed: %r" % (e,)
                if err is None:
                    log("group %r had no live member: offsets applied by a temporary "
                        "member" % group_id)
                    return None
                last = err
            if time.monotonic() > deadline:
                return last
            await asyncio.sleep(0.2)

    def commit_identities(self, group_id, entry):
        """Candidate (generation, member_id) pairs for the OffsetCommit.  The
        mock only accepts an OffsetCommit from a current member with the
        current generation once the group exists; a group that never had
        members accepts generation -1 / empty member id (as Kafka does)."""
        g = self.groups.get(group_id)
        cands = []
        if entry.get("member_id") and entry.get("generation_id", -1) >= 0:
            cands.append((entry["generation_id"], entry["member_id"]))
        if g is not None:
            for m, gen in sorted(g.members.items(), key=lambda kv: -kv[1]):
                cands.append((g.generation, m))
        cands.append((-1, ""))
        seen, out = set(), []
        for c in cands:
            if c not in seen:
                seen.add(c)
                out.append(c)
        return out

    async def close(self):
        for s in self.servers:
            s.close()
        for c in list(self.conns):
            c.close()
        for s in self.servers:
            try:
                await asyncio.wait_for(s.wait_closed(), 2)
            except asyncio.TimeoutError:
                pass
        self.journal.close()


class OwnConnection:
    """The shim's own (non-flexible) requests to an upstream broker."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.corr = 0x7ead0000

    async def __aenter__(self):
        self.reader, self.writer = await asyncio.wait_for(
            asyncio.open_connection(self.host, self.port), 5)
        return self

    async def __aexit__(self, *exc):
        self.writer.close()

    async def call(self, api_key, ver, body, timeout=10):
        self.corr += 1
        req = struct.pack(">hhi", api_key, ver, self.corr) + w_str("kafka-txn-shim") + body
        self.writer.write(struct.pack(">i", len(req)) + req)
        await self.writer.drain()
        size = struct.unpack(">i", await asyncio.wait_for(self.reader.readexactly(4),
                                                          timeout))[0]
        frame = await asyncio.wait_for(self.reader.readexactly(size), timeout)
        r = Reader(frame)
        if r.i32() != self.corr:
            raise ProtocolError("%s response correlation id mismatch"
                                % API_NAMES.get(api_key, api_key))
        return r


def offset_commit_body(group_id, generation, member_id, offsets):
    """OffsetCommit v2 body.  offsets: {topic: {part: (off, meta)}}."""
    body = w_str(group_id) + struct.pack(">i", generation) + w_str(member_id)
    body += struct.pack(">q", -1)  # retention_time_ms: broker default
    body += struct.pack(">i", len(offsets))
    for topic, parts in offsets.items():
        body += w_str(topic) + struct.pack(">i", len(parts))
        for p, (off, meta) in parts.items():
            body += struct.pack(">iq", p, off) + w_str(meta)
    return body


def offset_commit_result(r):
    res = {}
    for _ in range(r.i32()):
        topic = r.string()
        for _ in range(r.i32()):
            p = r.i32()
            res[(topic, p)] = r.i16()
    return res


async def offset_commit(host, port, group_id, generation, member_id, offsets):
    """OffsetCommit v2 on a fresh connection.  Returns {(topic, part): error}."""
    async with OwnConnection(host, port) as c:
        r = await c.call(OFFSET_COMMIT, 2,
                         offset_commit_body(group_id, generation, member_id, offsets))
        return offset_commit_result(r)


async def ghost_commit(host, port, group_id, offsets):
    """Join the (empty) group as a member without subscriptions, commit, leave.
    Returns None on success, else an error string."""
    async with OwnConnection(host, port) as c:
        # JoinGroup v1: consumer protocol "range", subscription v0 with no topics
        meta = struct.pack(">hii", 0, 0, -1)
        body = (w_str(group_id) + struct.pack(">ii", 10000, 10000) + w_str("") +
                w_str("consumer") + struct.pack(">i", 1) + w_str("range") +
                struct.pack(">i", len(meta)) + meta)
        r = await c.call(JOIN_GROUP, 1, body, timeout=30)
        err = r.i16()
        gen = r.i32()
        r.string()
        leader = r.string()
        member = r.string()
        members = []
        for _ in range(r.i32()):
            members.append(r.string())
            r.bytes_()
        if err != E_NONE:
            return "ghost JoinGroup error %d" % err
        try:
            # SyncGroup v1 (as leader: everybody gets an empty assignment)
            assign = struct.pack(">hii", 0, 0, -1)
            body = w_str(group_id) + struct.pack(">i", gen) + w_str(member)
            targets = members if leader == member else []
            body += struct.pack(">i", len(targets))
            for m in targets:
                body += w_str(m) + struct.pack(">i", len(assign)) + assign
            r = await c.call(SYNC_GROUP, 1, body, timeout=30)
            r.i32()
            err = r.i16()
            if err != E_NONE:
                return "ghost SyncGroup error %d" % err
            r = await c.call(OFFSET_COMMIT, 2,
                             offset_commit_body(group_id, gen, member, offsets))
            bad = {k: v for k, v in offset_commit_result(r).items() if v != E_NONE}
            return None if not bad else "ghost OffsetCommit errors %s" % bad
        finally:
            try:
                await c.call(LEAVE_GROUP, 0, w_str(group_id) + w_str(member))
            except (OSError, ProtocolError, asyncio.TimeoutError) as e:
                log("ghost LeaveGroup(%r) failed: %r (the mock expires the member)"
                    % (group_id, e))
    for _ in range(r.i32()):
        topic = r.string()
        for _ in range(r.i32()):
            p = r.i32()
            res[(topic, p)] = r.i16()
    return res


# ---------------------------------------------------------------- connection
class Connection:
    def __init__(self, shim, creader, cwriter, upstream):
        self.shim = shim
        self.creader = creader
        self.cwriter = cwriter
        self.upstream = upstream
        self.ureader = None
        self.uwriter = None
        self.inflight = {}        # corr -> (api_key, ver, info)
        self.wlock = asyncio.Lock()
        self.closed = False
        peer = cwriter.get_extra_info("peername")
        self.name = "%s:%s->%s:%d" % (peer[0], peer[1], *upstream) if peer else "?"

    def close(self):
        if self.closed:
            return
        self.closed = True
        for w in (self.cwriter, self.uwriter):
            if w is not None:
                try:
                    w.close()
                except Exception:
                    pass

    async def connect_upstream(self):
        """Connect to the mock and make sure it serves the connection before
        any client byte is sent.  The mock listens with a backlog of 5: a
        burst of connections can overflow it, and a connection the kernel
        completed but the mock never accepted is reset later, with its
        requests lost.  So connect at most 4 at a time and probe each with an
        ApiVersions request (answered by the shim's reader here, never seen
        by the client); retry while nothing of the client was sent."""
        last = None
        for attempt in range(8):
            async with self.shim.connect_sem:
                try:
                    reader, writer = await asyncio.wait_for(
                        asyncio.open_connection(*self.upstream), 10)
                except (OSError, asyncio.TimeoutError) as e:
                    last = e
                else:
                    try:
                        req = struct.pack(">hhi", API_VERSIONS, 0, -1) + w_str("kafka-txn-shim")
                        writer.write(struct.pack(">i", len(req)) + req)
                        await writer.drain()
                        frame = await asyncio.wait_for(self.read_frame(reader), 15)
                        if frame is not None and frame[:4] == struct.pack(">i", -1):
                            self.ureader, self.uwriter = reader, writer
                            return True
                        last = "probe answered %r" % (frame[:8] if frame else frame)
                    except (OSError, ProtocolError, asyncio.TimeoutError) as e:
                        last = e
                    writer.close()
            await asyncio.sleep(0.05 * (attempt + 1))
        log("%s: cannot connect upstream: %r" % (self.name, last))
        return False

    async def run(self):
        if not await self.connect_upstream():
            self.close()
            return
        up = asyncio.ensure_future(self.pump_responses())
        try:
            await self.pump_requests()
        finally:
            # client side done: let upstream finish answering what it has
            if not up.done():
                try:
                    await asyncio.wait_for(asyncio.shield(up), 30 if self.inflight else 0.5)
                except (asyncio.TimeoutError, asyncio.CancelledError):
                    up.cancel()
            self.close()

    async def read_frame(self, reader):
        try:
            hdr = await reader.readexactly(4)
        except asyncio.IncompleteReadError as e:
            if e.partial:
                raise ProtocolError("connection closed inside a frame header")
            return None
        size = struct.unpack(">i", hdr)[0]
        if size < 0 or size > MAX_FRAME:
            raise ProtocolError("bad frame size %d" % size)
        try:
            return await reader.readexactly(size)
        except asyncio.IncompleteReadError:
            raise ProtocolError("connection closed inside a frame")

    async def send_client(self, frame):
        async with self.wlock:
            self.cwriter.write(struct.pack(">i", len(frame)) + frame)
            await self.cwriter.drain()

    async def pump_requests(self):
        try:
            while not self.closed:
                frame = await self.read_frame(self.creader)
                if frame is None:
                    return
                api_key, ver, corr, client_id, off = parse_request_header(frame)
                self.shim.note_version(api_key, ver)
                try:
                    info, local_resp, expect_resp = self.inspect_request(api_key, ver, frame, off)
                except ProtocolError as e:
                    raise ProtocolError("cannot parse %s v%d request (corr %d): %s"
                                        % (API_NAMES.get(api_key, api_key), ver, corr, e))
                if local_resp is not None:
                    await self.send_client(response_header(api_key, ver, corr) + local_resp)
                    continue
                if expect_resp:
                    self.inflight[corr] = (api_key, ver, info)
                self.uwriter.write(struct.pack(">i", len(frame)) + frame)
                await self.uwriter.drain()
        except ProtocolError as e:
            log("%s: ERROR: %s; closing connection" % (self.name, e))
            self.close()
        except (ConnectionError, OSError):
            self.close()
        except Exception:
            import traceback
            log("%s: INTERNAL ERROR, closing connection:\n%s"
                % (self.name, traceback.format_exc()))
            self.close()

    async def pump_responses(self):
        try:
            while not self.closed:
                frame = await self.read_frame(self.ureader)
                if frame is None:
                    if self.inflight and not self.closed:
                        log("%s: upstream closed with %d requests unanswered"
                            % (self.name, len(self.inflight)))
                    self.close()
                    return
                corr = struct.unpack(">i", frame[:4])[0] if len(frame) >= 4 else None
                ent = self.inflight.pop(corr, None)
                if ent is not None:
                    api_key, ver, info = ent
                    try:
                        frame = await self.handle_response(api_key, ver, info, frame)
                    except ProtocolError as e:
                        raise ProtocolError("cannot parse %s v%d response (corr %d): %s"
                                            % (API_NAMES.get(api_key, api_key), ver, corr, e))
                await self.send_client(frame)
                if self.creader.at_eof() and not self.inflight:
                    self.close()
                    return
        except ProtocolError as e:
            log("%s: ERROR: %s; closing connection" % (self.name, e))
            self.close()
        except (ConnectionError, OSError):
            self.close()
        except Exception:
            import traceback
            log("%s: INTERNAL ERROR, closing connection:\n%s"
                % (self.name, traceback.format_exc()))
            self.close()

    # ---------------------------------------------------- requests
    def inspect_request(self, api_key, ver, frame, off):
        """-> (info for the response, local response body or None, expects response)"""
        if api_key in MAX_PARSED and ver > MAX_PARSED[api_key]:
            raise ProtocolError("version not understood by the shim (max v%d)"
                                % MAX_PARSED[api_key])
        flex = is_flex(api_key, ver)
        r = Reader(frame, off)
        if api_key == PRODUCE:
            return self.req_produce(r, ver)
        if api_key in (METADATA, FIND_COORDINATOR):
            return None, None, True
        if api_key == OFFSET_FETCH:
            return {"group": r.string(flex)}, None, True
        if api_key == FETCH:
            if not self.shim.filter_fetch or ver < 4:
                return None, None, True
            if ver > 11:
                raise ProtocolError("--filter-fetch handles Fetch v4..v11 only")
            r.i32()
            r.i32()
            r.i32()
            r.i32()
            if r.i8() != 1:
                return None, None, True          # read_uncommitted: untouched
            return {"read_committed": True}, None, True
        if api_key == INIT_PRODUCER_ID:
            tid = r.string(flex)
            r.i32()
            return {"tid": tid}, None, True
        if api_key in (ADD_PARTITIONS_TO_TXN, ADD_OFFSETS_TO_TXN, END_TXN):
            if api_key == ADD_PARTITIONS_TO_TXN and ver >= 4:
                raise ProtocolError("batched AddPartitionsToTxn not supported")
            tid = r.string(flex)
            pid = r.i64()
            epoch = r.i16()
            info = {"tid": tid, "pid": pid, "epoch": epoch}
            if api_key == END_TXN:
                info["committed"] = r.boolean()
            if self.shim.is_fenced(tid, pid, epoch):
                log("fenced %s from transactional.id=%r producer %d/%d"
                    % (API_NAMES[api_key], tid, pid, epoch))
                if api_key == ADD_PARTITIONS_TO_TXN:
                    return None, self.fenced_add_partitions(r, ver, flex), True
                body = struct.pack(">ih", 0, E_INVALID_PRODUCER_EPOCH)
                if flex:
                    body += w_uvarint(0)
                return None, body, True
            return info, None, True
        if api_key == TXN_OFFSET_COMMIT:
            return self.req_txn_offset_commit(r, ver, flex)
        if api_key == JOIN_GROUP:
            return {"group": r.string(flex)}, None, True
        if api_key == HEARTBEAT:
            group = r.string(flex)
            gen = r.i32()
            return {"group": group, "gen": gen, "member": r.string(flex)}, None, True
        if api_key == LEAVE_GROUP:
            group = r.string(flex)
            members = []
            if ver < 3:
                members.append(r.string(flex))
            else:
                for _ in range(r.array_len(flex)):
                    members.append(r.string(flex))
                    r.string(flex)
                    if ver >= 5:
                        r.string(flex)
                    r.tags(flex)
            g = self.shim.groups.get(group)
            if g:
                for m in members:
                    g.members.pop(m, None)
            return None, None, True
        return None, None, True

    def req_produce(self, r, ver):
        tid = r.string() if ver >= 3 else None
        acks = r.i16()
        r.i32()
        parts = []
        for _ in range(r.array_len()):
            topic = r.string()
            for _ in range(r.array_len()):
                p = r.i32()
                records = r.bytes_()
                if tid is not None:
                    batches = [b for b in parse_record_batches(records)
                               if b["transactional"] and not b["control"]]
                    parts.append((topic, p, batches))
        if tid is None:
            return None, None, acks != 0
        fenced = [b for _, _, bs in parts for b in bs
                  if self.shim.is_fenced(tid, b["producer_id"], b["producer_epoch"])]
        if fenced:
            log("fenced Produce from transactional.id=%r producer %d/%d"
                % (tid, fenced[0]["producer_id"], fenced[0]["producer_epoch"]))
            if acks == 0:
                raise ProtocolError("fenced transactional Produce with acks=0 "
                                    "(cannot be answered)")
            return None, self.produce_error_response(parts, ver, E_INVALID_PRODUCER_EPOCH), True
        return {"tid": tid, "parts": parts}, None, acks != 0

    def produce_error_response(self, parts, ver, err):
        topics = {}
        for topic, p, _ in parts:
            topics.setdefault(topic, []).append(p)
        out = struct.pack(">i", len(topics))
        for topic, ps in topics.items():
            out += w_str(topic) + struct.pack(">i", len(ps))
            for p in ps:
                out += struct.pack(">ihq", p, err, -1)
                if ver >= 2:
                    out += struct.pack(">q", -1)
                if ver >= 5:
                    out += struct.pack(">q", -1)
                if ver >= 8:
                    out += struct.pack(">i", 0) + w_str(None)
        if ver >= 1:
            out += struct.pack(">i", 0)
        return out

    def fenced_add_partitions(self, r, ver, flex):
        out = struct.pack(">i", 0)
        n = r.array_len(flex)
        out += w_array_len(n, flex)
        for _ in range(n):
            topic = r.string(flex)
            m = r.array_len(flex)
            out += w_str(topic, flex) + w_array_len(m, flex)
            for _ in range(m):
                out += struct.pack(">ih", r.i32(), E_INVALID_PRODUCER_EPOCH)
                if flex:
                    out += w_uvarint(0)
            r.tags(flex)
            if flex:
                out += w_uvarint(0)
        if flex:
            out += w_uvarint(0)
        return out

    def req_txn_offset_commit(self, r, ver, flex):
        tid = r.string(flex)
        group = r.string(flex)
        pid = r.i64()
        epoch = r.i16()
        gen, member = -1, ""
        if ver >= 3:
            gen = r.i32()
            member = r.string(flex)
            r.string(flex)
        offsets = {}
        for _ in range(r.array_len(flex)):
            topic = r.string(flex)
            for _ in range(r.array_len(flex)):
                p = r.i32()
                off = r.i64()
                if ver >= 2:
                    r.i32()
                meta = r.string(flex)
                r.tags(flex)
                offsets.setdefault(topic, {})[p] = (off, meta)
            r.tags(flex)
        if self.shim.is_fenced(tid, pid, epoch):
            log("fenced TxnOffsetCommit from transactional.id=%r producer %d/%d"
                % (tid, pid, epoch))
            return None, txn_offset_commit_error(offsets, flex, E_INVALID_PRODUCER_EPOCH), True
        return {"tid": tid, "group": group, "pid": pid, "epoch": epoch,
                "gen": gen, "member": member, "offsets": offsets}, None, True

    # ---------------------------------------------------- responses
    async def handle_response(self, api_key, ver, info, frame):
        if api_key == METADATA:
            return self.rewrite_metadata(ver, frame)
        if api_key == FIND_COORDINATOR:
            return self.rewrite_find_coordinator(ver, frame)
        if info is None:
            return frame
        if api_key == FETCH:
            return self.rewrite_fetch(ver, frame)
        if api_key == OFFSET_FETCH:
            return self.overlay_offset_fetch(ver, frame, info["group"])
        flex = is_flex(api_key, ver)
        r = Reader(frame, response_body_offset(api_key, ver, frame))
        if api_key == PRODUCE:
            self.resp_produce(r, ver, info)
        elif api_key == INIT_PRODUCER_ID:
            r.i32()
            err = r.i16()
            pid = r.i64()
            epoch = r.i16()
            if err == E_NONE and info["tid"] is not None:
                # serialized with a running EndTxn of the same transactional.id,
                # as Kafka's coordinator does (CONCURRENT_TRANSACTIONS)
                async with self.shim.txn(info["tid"]).lock:
                    self.on_init_producer_id(info["tid"], pid, epoch)
        elif api_key in (ADD_PARTITIONS_TO_TXN, ADD_OFFSETS_TO_TXN):
            # An added partition/group opens the transaction coordinator-side.
            if self.shim.is_fenced(info["tid"], info["pid"], info["epoch"]):
                return frame      # fenced meanwhile: the new instance is not opened
            self.shim.txn(info["tid"]).open = True
        elif api_key == TXN_OFFSET_COMMIT:
            if self.shim.is_fenced(info["tid"], info["pid"], info["epoch"]):
                # the producer was fenced while this request was at the mock
                log("fenced TxnOffsetCommit (late) from transactional.id=%r producer %d/%d"
                    % (info["tid"], info["pid"], info["epoch"]))
                return (frame[:response_body_offset(api_key, ver, frame)] +
                        txn_offset_commit_error(info["offsets"], flex,
                                                E_INVALID_PRODUCER_EPOCH))
            self.resp_txn_offset_commit(r, flex, info)
        elif api_key == END_TXN:
            r.i32()
            err = r.i16()
            if err == E_NONE:
                async with self.shim.txn(info["tid"]).lock:
                    if self.shim.is_fenced(info["tid"], info["pid"], info["epoch"]):
                        # InitProducerId of a new instance won the race: its
                        # fenced-abort decided this transaction
                        log("fenced EndTxn (late) from transactional.id=%r producer %d/%d"
                            % (info["tid"], info["pid"], info["epoch"]))
                        body = response_body_offset(END_TXN, ver, frame)
                        return (frame[:body] + struct.pack(">ih", 0, E_INVALID_PRODUCER_EPOCH)
                                + frame[body + 6:])
                    return await self.on_end_txn(ver, frame, info)
        elif api_key == JOIN_GROUP:
            if ver >= 2:
                r.i32()
            err = r.i16()
            gen = r.i32()
            if ver >= 7:
                r.string(flex)  # protocol type
            r.string(flex)  # protocol name
            leader = r.string(flex)
            if ver >= 9:
                r.boolean()
            member = r.string(flex)
            members = []
            for _ in range(r.array_len(flex)):
                members.append(r.string(flex))
                if ver >= 5:
                    r.string(flex)
                r.bytes_(flex)
                r.tags(flex)
            if err == E_NONE:
                g = self.shim.groups.setdefault(info["group"], Group())
                if gen > g.generation:
                    g.generation = gen
                for m in [member] + members:
                    if m:
                        g.members[m] = max(gen, g.members.get(m, -1))
        elif api_key == HEARTBEAT:
            if ver >= 1:
                r.i32()
            err = r.i16()
            g = self.shim.groups.get(info["group"])
            if g is not None and info["member"]:
                if err == E_UNKNOWN_MEMBER_ID:
                    g.members.pop(info["member"], None)
                elif err == E_NONE:
                    g.members[info["member"]] = info["gen"]
                    g.generation = max(g.generation, info["gen"])
        return frame

    def rewrite_broker(self, host, port):
        return "127.0.0.1", self.shim.listener_for(host, port)

    def rewrite_metadata(self, ver, frame):
        flex = is_flex(METADATA, ver)
        body = response_body_offset(METADATA, ver, frame)
        r = Reader(frame, body)
        out = bytearray(frame[:body])
        if ver >= 3:
            out += struct.pack(">i", r.i32())
        n = r.array_len(flex)
        out += w_array_len(n, flex)
        for _ in range(n):
            node = r.i32()
            host = r.string(flex)
            port = r.i32()
            h, p = self.rewrite_broker(host, port)
            out += struct.pack(">i", node) + w_str(h, flex) + struct.pack(">i", p)
            if ver >= 1:
                out += w_str(r.string(flex), flex)
            if flex:
                tstart = r.pos
                r.tags()
                out += frame[tstart:r.pos]
        out += frame[r.pos:]
        return bytes(out)

    def rewrite_find_coordinator(self, ver, frame):
        flex = is_flex(FIND_COORDINATOR, ver)
        body = response_body_offset(FIND_COORDINATOR, ver, frame)
        r = Reader(frame, body)
        out = bytearray(frame[:body])
        start = r.pos
        if ver >= 1:
            r.i32()
        err = r.i16()
        if ver >= 1:
            r.string(flex)
        out += frame[start:r.pos]
        node = r.i32()
        host = r.string(flex)
        port = r.i32()
        if err == E_NONE and host is not None and port >= 0:
            host, port = self.rewrite_broker(host, port)
        out += struct.pack(">i", node) + w_str(host, flex) + struct.pack(">i", port)
        out += frame[r.pos:]
        return bytes(out)

    def rewrite_fetch(self, ver, frame):
        """read_committed Fetch (v4..v11): replace batches of aborted
        transactions by ABORT markers of the same offset span, cut the
        records at the first batch of a still-open transaction and lower
        last_stable_offset to it (Kafka's LSO)."""
        r = Reader(frame, 4)
        out = bytearray(frame[:4])
        start = r.pos
        r.i32()                                  # throttle (v1+)
        if ver >= 7:
            r.i16()
            r.i32()
        ntopics = r.i32()
        out += frame[start:r.pos]
        for _ in range(ntopics):
            start = r.pos
            topic = r.string()
            nparts = r.i32()
            out += frame[start:r.pos]
            for _ in range(nparts):
                part = r.i32()
                err = r.i16()
                hw = r.i64()
                lso = r.i64()
                rest = r.pos
                if ver >= 5:
                    r.i64()
                n = r.i32()
                for _ in range(max(n, 0)):
                    r.i64()
                    r.i64()
                if ver >= 11:
                    r.i32()
                rest = frame[rest:r.pos]
                records = r.bytes_()
                if records is not None and err == E_NONE:
                    records, cap = self.filter_records((topic, part), records)
                    if cap is not None:
                        lso = cap if lso < 0 else min(lso, cap)
                out += struct.pack(">ihqq", part, err, hw, lso) + rest
                out += struct.pack(">i", -1) if records is None else \
                    struct.pack(">i", len(records)) + records
        out += frame[r.pos:]
        return bytes(out)

    def filter_records(self, tp, records):
        opn = self.shim.open_bases.get(tp)
        cap = min(opn) if opn else None
        out = bytearray()
        pos = 0
        while pos + 17 <= len(records):
            base, length = struct.unpack_from(">qi", records, pos)
            end = pos + 12 + length
            if length < 0 or end > len(records):
                break                             # partial batch at the end
            if cap is not None and base >= cap:
                return bytes(out), cap            # not past the LSO
            batch = records[pos:end]
            if records[pos + 16] == 2 and self.shim.batch_status(tp, base) == "aborted":
                batch = abort_marker_batch(batch)
            out += batch
            pos = end
        out += records[pos:]
        return bytes(out), cap

    def resp_produce(self, r, ver, info):
        flex = False
        results = {}
        for _ in range(r.array_len(flex)):
            topic = r.string()
            for _ in range(r.array_len(flex)):
                p = r.i32()
                err = r.i16()
                base = r.i64()
                if ver >= 2:
                    r.i64()
                if ver >= 5:
                    r.i64()
                if ver >= 8:
                    for _ in range(r.i32()):
                        r.i32()
                        r.string()
                    r.string()
                results[(topic, p)] = (err, base)
        t = self.shim.txn(info["tid"])
        for topic, p, batches in info["parts"]:
            err, base = results.get((topic, p), (None, -1))
            if err != E_NONE or not batches:
                continue
            t.open = True
            off = base
            for b in batches:
                self.shim.journal.write(
                    "produce", transactional_id=info["tid"], topic=topic, partition=p,
                    base_offset=off, last_offset=off + b["last_offset_delta"],
                    count=b["count"], producer_id=b["producer_id"],
                    producer_epoch=b["producer_epoch"])
                self.shim.add_batch(info["tid"], topic, p, off, off + b["last_offset_delta"],
                                    b["producer_id"], b["producer_epoch"])
                off += b["last_offset_delta"] + 1

    def resp_txn_offset_commit(self, r, flex, info):
        r.i32()
        ok = {}
        for _ in range(r.array_len(flex)):
            topic = r.string(flex)
            for _ in range(r.array_len(flex)):
                p = r.i32()
                err = r.i16()
                r.tags(flex)
                if err == E_NONE and p in info["offsets"].get(topic, {}):
                    ok.setdefault(topic, {})[p] = info["offsets"][topic][p]
            r.tags(flex)
        if not ok:
            return
        t = self.shim.txn(info["tid"])
        t.open = True
        g = t.pending.setdefault(info["group"], {"offsets": {}})
        g["coordinator"] = self.upstream
        g["generation_id"] = info["gen"]
        g["member_id"] = info["member"]
        for topic, parts in ok.items():
            g["offsets"].setdefault(topic, {}).update(parts)
        self.shim.journal.write(
            "offsets-pending", transactional_id=info["tid"], producer_id=info["pid"],
            producer_epoch=info["epoch"], group_id=info["group"],
            generation_id=info["gen"], member_id=info["member"],
            coordinator=list(self.upstream),
            offsets={tp: {str(p): o for p, (o, _) in ps.items()} for tp, ps in ok.items()})

    def on_init_producer_id(self, tid, pid, epoch):
        t = self.shim.txn(tid)
        if t.pid >= 0 and (t.pid, t.epoch) != (pid, epoch):
            if t.open:
                self.shim.journal.write(
                    "fenced-abort", transactional_id=tid, producer_id=t.pid,
                    producer_epoch=t.epoch, committed=False,
                    new_producer_id=pid, new_producer_epoch=epoch,
                    dropped_offsets=offsets_json(t.pending))
                self.shim.resolve(tid, False, t.pid, t.epoch)
                log("transactional.id=%r: InitProducerId aborted the open transaction "
                    "of producer %d/%d" % (tid, t.pid, t.epoch))
            t.fenced.add((t.pid, t.epoch))
        t.open = False
        t.pending = {}
        t.applied = {}
        t.pid, t.epoch = pid, epoch
        self.shim.pid_to_tid[pid] = tid
        self.shim.journal.write("init", transactional_id=tid, producer_id=pid,
                                producer_epoch=epoch)

    async def on_end_txn(self, ver, frame, info):
        t = self.shim.txn(info["tid"])
        offsets = t.pending
        if info["committed"]:
            # Kafka applies a committed transaction's offsets when it writes the
            # commit marker, whatever the group's state: so does the shim, in its
            # own store (OffsetFetch answers carry it) ...
            self.shim.remember_committed(offsets_json(offsets))
            # ... and copies them to the mock in the background (best effort).
            for group, entry in list(offsets.items()):
                task = asyncio.ensure_future(self.apply_to_mock(info["tid"], group, entry))
                self.shim.background.add(task)
                task.add_done_callback(self.shim.background.discard)
        self.shim.journal.write(
            "end", transactional_id=info["tid"], producer_id=info["pid"],
            producer_epoch=info["epoch"], committed=bool(info["committed"]),
            offsets=offsets_json(offsets))
        self.shim.resolve(info["tid"], bool(info["committed"]), info["pid"], info["epoch"])
        t.open = False
        t.pending = {}
        t.applied = {}
        return frame

    async def apply_to_mock(self, tid, group, entry):
        err = await self.shim.commit_group_offsets(group, entry)
        if err is not None:
            log("transactional.id=%r: the mock did not take the committed offsets of group %r "
                "(the shim's own store has them): %s" % (tid, group, err))

    def overlay_offset_fetch(self, ver, frame, group):
        """Puts the transactionally committed offsets into an OffsetFetch
        answer (v1..v7, one group): the committed_offset fields are patched in
        place, so the frame keeps its length."""
        if ver < 1 or ver > 7:
            return frame
        flex = is_flex(OFFSET_FETCH, ver)
        buf = bytearray(frame)
        r = Reader(frame, response_body_offset(OFFSET_FETCH, ver, frame))
        if ver >= 3:
            r.i32()  # throttle
        for _ in range(r.array_len(flex)):
            topic = r.string(flex)
            for _ in range(r.array_len(flex)):
                part = r.i32()
                at = r.pos
                offset = r.i64()
                if ver >= 5:
                    r.i32()  # leader epoch
                r.string(flex)  # metadata
                err = r.i16()
                if flex:
                    r.tags(flex)
                mine = self.shim.committed.get((group, topic, part))
                if mine is not None and err == E_NONE and mine > offset:
                    struct.pack_into(">q", buf, at, mine)
            if flex:
                r.tags(flex)
        return bytes(buf)


def txn_offset_commit_error(offsets, flex, err):
    """TxnOffsetCommit response body with `err` for every partition."""
    out = struct.pack(">i", 0) + w_array_len(len(offsets), flex)
    for topic, parts in offsets.items():
        out += w_str(topic, flex) + w_array_len(len(parts), flex)
        for p in parts:
            out += struct.pack(">ih", p, err)
            if flex:
                out += w_uvarint(0)
        if flex:
            out += w_uvarint(0)
    if flex:
        out += w_uvarint(0)
    return out


def offsets_json(pending):
    return {g: {tp: {str(p): o for p, (o, _) in ps.items()}
                for tp, ps in e["offsets"].items()} for g, e in pending.items()}


# ---------------------------------------------------------------- main
def parse_hostport(s):
    host, _, port = s.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError("expected HOST:PORT, got %r" % s)
    return host, int(port)


async def serve(args):
    upstreams = [parse_hostport(x) for x in args.upstream.split(",") if x]
    shim = Shim(upstreams, args.journal, filter_fetch=args.filter_fetch)
    ports = [shim.listener_for(h, p) for h, p in upstreams]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    sys.stdout.write(",".join("127.0.0.1:%d" % p for p in ports) + "\n")
    sys.stdout.flush()
    await stop.wait()
    log("stopping; API versions seen: %s"
        % ", ".join("%s v%s" % (k, "/".join(map(str, sorted(v))))
                    for k, v in sorted(shim.seen_versions.items())))
    await shim.close()


def main(argv=None):
    global COMMIT_DEADLINE_S
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve", help="run the proxy")
    s.add_argument("--upstream", required=True, help="HOST:PORT of the mock cluster")
    s.add_argument("--journal", required=True, help="JSON-lines journal file (appended)")
    s.add_argument("--filter-fetch", action="store_true",
                   help="also make read_committed Fetch responses honour transaction "
                        "outcomes (aborted batches become ABORT markers, records stop "
                        "at the last stable offset)")
    s.add_argument("--commit-timeout", type=float, default=COMMIT_DEADLINE_S,
                   help="seconds to retry applying transactional offsets")
    v = sub.add_parser("visible", help="offset ranges read_committed would NOT see")
    v.add_argument("--journal", required=True)
    v.add_argument("--topic", required=True)
    args = ap.parse_args(argv)
    if args.cmd == "serve":
        COMMIT_DEADLINE_S = args.commit_timeout
        try:
            asyncio.run(serve(args))
        except Exception as e:  # never die silently
            log("FATAL: %r" % e)
            raise
        return 0
    try:
        events = txnjournal.load_journal(args.journal)
    except (OSError, ValueError) as e:
        log("cannot read journal: %s" % e)
        return 2
    print(json.dumps(txnjournal.invisible_ranges(events, args.topic), sort_keys=True))
    t = txnjournal.totals(events, args.topic)
    sys.stderr.write("topic %s: transactional records committed=%d aborted=%d open=%d\n"
                     % (args.topic, t["committed"], t["aborted"], t["open"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
