#!/usr/bin/env python3
"""Self-test of kafka_txn_shim.py against a pipewright sandbox (librdkafka mock
cluster), using python3-confluent-kafka (Debian package, system librdkafka).

usage: selftest.py PATH/TO/pipewright-cli
Exit 0 = pass, 1 = fail, 77 = skipped (python3-confluent-kafka missing).
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHIM = os.path.join(HERE, "kafka_txn_shim.py")
sys.path.insert(0, HERE)

try:
    import confluent_kafka as ck  # noqa: F401
except ImportError:
    # Debian's python3-confluent-kafka lives in /usr/bin/python3's dist-packages;
    # another python3 first on PATH (pyenv, venv) does not see it.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != \
            os.path.realpath("/usr/bin/python3") and not os.environ.get("TXNSHIM_REEXEC"):
        os.environ["TXNSHIM_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("SKIP: python3-confluent-kafka is not installed "
          "(apt-get install -y python3-confluent-kafka)")
    sys.exit(77)

from confluent_kafka import (Consumer, KafkaException, Producer,  # noqa: E402
                             TopicPartition)

import txnjournal  # noqa: E402

FAILURES = []
TIMEOUT = 60
N_PLAIN = 120          # 12 producers x 10 records
N_ALL = N_PLAIN + 9   # plus the aborted batch


def check(cond, what):
    if cond:
        print("  ok: %s" % what)
    else:
        print("  FAIL: %s" % what)
        FAILURES.append(what)
    sys.stdout.flush()
    return cond


def first_line(proc, what, timeout=20):
    out = []

    def rd():
        out.append(proc.stdout.readline())
    t = threading.Thread(target=rd, daemon=True)
    t.start()
    t.join(timeout)
    if not out or not out[0].strip():
        raise RuntimeError("%s printed no address" % what)
    return out[0].strip()


class Env:
    def __init__(self, cli, brokers, filter_fetch):
        self.tmp = tempfile.mkdtemp(prefix="txnshim-")
        self.journal = os.path.join(self.tmp, "journal.jsonl")
        self.sandbox = subprocess.Popen(
            [cli, "sandbox", "--brokers", str(brokers), "--topic", "in:3", "--topic", "out:3",
             "--topic", "kin:3", "--topic", "kout:3"],
            stdout=subprocess.PIPE, stderr=open(os.path.join(self.tmp, "sandbox.err"), "w"),
            text=True)
        self.upstream = first_line(self.sandbox, "sandbox")
        self.shim_err = os.path.join(self.tmp, "shim.err")
        self.shim = subprocess.Popen(
            [sys.executable, SHIM, "serve", "--upstream", self.upstream,
             "--journal", self.journal] + (["--filter-fetch"] if filter_fetch else []),
            stdout=subprocess.PIPE, stderr=open(self.shim_err, "w"), text=True)
        self.bootstrap = first_line(self.shim, "shim")
        self.brokers = brokers
        self.filter_fetch = filter_fetch
        self.upstream_ports = {int(a.rsplit(":", 1)[1]) for a in self.upstream.split(",")}
        print("sandbox %s, shim %s, journal %s" % (self.upstream, self.bootstrap, self.journal))

    def stop(self):
        rc = None
        if self.shim.poll() is None:
            self.shim.send_signal(signal.SIGTERM)
            try:
                rc = self.shim.wait(15)
            except subprocess.TimeoutExpired:
                self.shim.kill()
                rc = "hung"
        else:
            rc = self.shim.returncode
        if self.sandbox.poll() is None:
            self.sandbox.send_signal(signal.SIGTERM)
            try:
                self.sandbox.wait(15)
            except subprocess.TimeoutExpired:
                self.sandbox.kill()
        return rc

    def events(self):
        return txnjournal.load_journal(self.journal)

    def pconf(self, **kw):
        c = {"bootstrap.servers": self.bootstrap, "linger.ms": 5}
        c.update(kw)
        return c

    def cconf(self, group, **kw):
        c = {"bootstrap.servers": self.bootstrap, "group.id": group,
             "enable.auto.commit": False, "auto.offset.reset": "earliest",
             "isolation.level": "read_committed", "session.timeout.ms": 6000,
             "heartbeat.interval.ms": 500}
        c.update(kw)
        return c


def produce_plain(env, topic, n, tag):
    p = Producer(env.pconf())
    errs = []
    for i in range(n):
        p.produce(topic, value=("%s-%d" % (tag, i)).encode(), partition=i % 3,
                  on_delivery=lambda e, m: e and errs.append(e))
    p.flush(TIMEOUT)
    if errs:
        raise RuntimeError("plain produce failed: %s" % errs[:3])


def consume_n(consumer, n, timeout=TIMEOUT):
    got = []
    deadline = time.time() + timeout
    while len(got) < n and time.time() < deadline:
        m = consumer.poll(0.5)
        if m is None:
            continue
        if m.error():
            raise RuntimeError("consume error: %s" % m.error())
        got.append(m)
    return got


def positions(consumer):
    return {(tp.topic, tp.partition): tp.offset
            for tp in consumer.position(consumer.assignment())}


def committed(env, group, parts):
    c = Consumer(env.cconf(group))
    try:
        res = c.committed([TopicPartition(t, p) for t, p in parts], timeout=TIMEOUT)
        return {(tp.topic, tp.partition): tp.offset for tp in res}
    finally:
        c.close()


def txn_produce(producer, msgs, topic="out"):
    """Produce one output record per input message (same partition); return
    {partition: [offsets]}."""
    done = {}
    errs = []

    def dr(err, m):
        if err:
            errs.append(err)
        else:
            done.setdefault(m.partition(), []).append(m.offset())
    for m in msgs:
        producer.produce(topic, value=b"out:" + (m.value() or b""),
                         partition=m.partition(), on_delivery=dr)
    producer.flush(TIMEOUT)
    if errs:
        raise RuntimeError("transactional produce failed: %s" % errs[:3])
    return done


def ranges(offsets_by_part):
    res = {}
    for p, offs in offsets_by_part.items():
        rs = []
        for o in sorted(offs):
            if rs and o == rs[-1][1] + 1:
                rs[-1][1] = o
            else:
                rs.append([o, o])
        res[str(p)] = rs
    return res


def covered(inv, offsets_by_part):
    for p, offs in offsets_by_part.items():
        for o in offs:
            if not any(a <= o <= b for a, b in inv.get(str(p), [])):
                return False
    return True


def visible_cli(env, topic):
    out = subprocess.run([sys.executable, SHIM, "visible", "--journal", env.journal,
                          "--topic", topic], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# ------------------------------------------------------------------ tests
def test_plain(env):
    print("test: plain produce/consume through the shim")
    threads = [threading.Thread(target=produce_plain, args=(env, "in", 10, "t%d" % i))
               for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    c = Consumer(env.cconf("plain-g"))
    md = c.list_topics(timeout=TIMEOUT)
    addrs = {(b.host, b.port) for b in md.brokers.values()}
    check(len(addrs) == env.brokers and
          all(h == "127.0.0.1" and p not in env.upstream_ports for h, p in addrs) and
          set(env.bootstrap.split(",")) <= {"%s:%d" % a for a in addrs},
          "metadata brokers %s are the shim's listeners (bootstrap %s)"
          % (sorted(addrs), env.bootstrap))
    c.subscribe(["in"])
    got = consume_n(c, 120)
    check(len(got) == 120, "consumed %d/120 plain records via the shim" % len(got))
    c.close()
    check(not [e for e in env.events() if e["event"] == "produce"],
          "plain records are not journaled")


def test_commit(env, consumer):
    print("test: consume-transform-produce, commit")
    msgs = consume_n(consumer, N_PLAIN)
    check(len(msgs) == N_PLAIN, "eos consumer read %d/%d input records" % (len(msgs), N_PLAIN))
    p = Producer(env.pconf(**{"transactional.id": "tx-commit"}))
    p.init_transactions(TIMEOUT)
    p.begin_transaction()
    out = txn_produce(p, msgs)
    pos = positions(consumer)
    p.send_offsets_to_transaction(
        [TopicPartition(t, q, o) for (t, q), o in pos.items()],
        consumer.consumer_group_metadata(), TIMEOUT)
    p.commit_transaction(TIMEOUT)
    com = committed(env, "eos-g", pos.keys())
    check(com == pos, "committed offsets %s == sent %s" % (sorted(com.items()), sorted(pos.items())))
    ev = env.events()
    inv = txnjournal.invisible_ranges(ev, "out")
    check(inv == {}, "nothing invisible after commit (got %s)" % inv)
    check(txnjournal.totals(ev, "out")["committed"] == N_PLAIN,
          "%d records committed in journal" % N_PLAIN)
    ends = [e for e in ev if e["event"] == "end"]
    check(ends and ends[-1]["committed"] and
          ends[-1]["offsets"].get("eos-g", {}).get("in") ==
          {str(q): o for (t, q), o in pos.items()},
          "journal end event carries the committed offsets")
    check(visible_cli(env, "out") == inv, "visible CLI agrees with module")
    return p, pos, out


def test_abort(env, consumer, p, pos_before):
    print("test: consume-transform-produce, abort")
    produce_plain(env, "in", 9, "abort")
    msgs = consume_n(consumer, 9)
    check(len(msgs) == 9, "eos consumer read %d/9 new input records" % len(msgs))
    p.begin_transaction()
    out = txn_produce(p, msgs)
    pos = positions(consumer)
    p.send_offsets_to_transaction(
        [TopicPartition(t, q, o) for (t, q), o in pos.items()],
        consumer.consumer_group_metadata(), TIMEOUT)
    p.abort_transaction(TIMEOUT)
    com = committed(env, "eos-g", pos.keys())
    check(com == pos_before, "committed offsets unchanged after abort (%s)" % sorted(com.items()))
    inv = txnjournal.invisible_ranges(env.events(), "out")
    check(inv == ranges(out), "aborted range invisible: %s == %s" % (inv, ranges(out)))
    check(visible_cli(env, "out") == inv, "visible CLI agrees with module")
    # rewind so that the input is processed again later, like a real runner
    for (t, q), o in pos_before.items():
        consumer.seek(TopicPartition(t, q, o))
    return inv


def test_commit_after_leave(env):
    print("test: transaction commits after its consumer left the group")
    c = Consumer(env.cconf("left-g"))
    c.subscribe(["in"])
    msgs = consume_n(c, N_ALL)
    check(len(msgs) == N_ALL, "read %d/%d input records" % (len(msgs), N_ALL))
    p = Producer(env.pconf(**{"transactional.id": "tx-left"}))
    p.init_transactions(TIMEOUT)
    p.begin_transaction()
    txn_produce(p, msgs)
    pos = positions(c)
    p.send_offsets_to_transaction([TopicPartition(t, q, o) for (t, q), o in pos.items()],
                                  c.consumer_group_metadata(), TIMEOUT)
    c.close()  # LeaveGroup: the mock's group is now empty
    p.commit_transaction(TIMEOUT)
    check(committed(env, "left-g", pos.keys()) == pos,
          "offsets committed although the group has no member")


CHILD = r"""
import json, sys, time
from confluent_kafka import Consumer, Producer, TopicPartition
bs = sys.argv[1]
c = Consumer({"bootstrap.servers": bs, "group.id": "kill-g", "enable.auto.commit": False,
              "auto.offset.reset": "earliest", "isolation.level": "read_committed",
              "session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
c.subscribe(["in"])
msgs = []
deadline = time.time() + 60
while len(msgs) < int(sys.argv[2]) and time.time() < deadline:
    m = c.poll(0.5)
    if m is not None and not m.error():
        msgs.append(m)
p = Producer({"bootstrap.servers": bs, "transactional.id": "tx-kill", "linger.ms": 5})
p.init_transactions(60)
p.begin_transaction()
done = {}
for m in msgs:
    p.produce("out", value=b"kill:" + m.value(), partition=m.partition(),
              on_delivery=lambda e, r: e or done.setdefault(r.partition(), []).append(r.offset()))
p.flush(60)
pos = c.position(c.assignment())
p.send_offsets_to_transaction(pos, c.consumer_group_metadata(), 60)
print(json.dumps({"n": len(msgs), "out": done}), flush=True)
print("READY", flush=True)
time.sleep(600)
"""


def test_kill(env):
    print("test: producer SIGKILLed mid-transaction, restarted with same transactional.id")
    child = subprocess.Popen([sys.executable, "-c", CHILD, env.bootstrap, str(N_ALL)],
                             stdout=subprocess.PIPE, text=True)
    info = json.loads(first_line(child, "child", 90))
    ready = first_line(child, "child", 30)
    check(ready == "READY" and info["n"] == N_ALL,
          "child consumed %d/%d records, produced and sent offsets" % (info["n"], N_ALL))
    out = {int(k): v for k, v in info["out"].items()}
    n_ev = len(env.events())
    child.send_signal(signal.SIGKILL)
    child.wait()
    parts = [("in", q) for q in range(3)]
    check(all(o < 0 for o in committed(env, "kill-g", parts).values()),
          "no offsets committed for the killed producer's group")
    # restarted instance
    p = Producer(env.pconf(**{"transactional.id": "tx-kill"}))
    p.init_transactions(TIMEOUT)
    ev = env.events()
    fenced = [e for e in ev[n_ev:] if e["event"] == "fenced-abort"
              and e["transactional_id"] == "tx-kill"]
    check(len(fenced) == 1, "journal has a fenced-abort for tx-kill")
    inv = txnjournal.invisible_ranges(ev, "out")
    check(covered(inv, out), "killed producer's records are invisible")
    check(all(o < 0 for o in committed(env, "kill-g", parts).values()),
          "committed offsets unchanged after fencing")
    # the restarted instance reprocesses everything and commits
    c = Consumer(env.cconf("kill-g"))
    c.subscribe(["in"])
    msgs = consume_n(c, N_ALL, 90)
    check(len(msgs) == N_ALL, "restarted instance re-read %d/%d input records"
          % (len(msgs), N_ALL))
    p.begin_transaction()
    out2 = txn_produce(p, msgs)
    pos = positions(c)
    p.send_offsets_to_transaction([TopicPartition(t, q, o) for (t, q), o in pos.items()],
                                  c.consumer_group_metadata(), TIMEOUT)
    p.commit_transaction(TIMEOUT)
    check(committed(env, "kill-g", parts) == pos, "restarted instance's offsets committed")
    inv = txnjournal.invisible_ranges(env.events(), "out")
    check(covered(inv, out) and not any(covered(inv, {q: [o]})
                                        for q, offs in out2.items() for o in offs),
          "old records still invisible, new ones visible")
    c.close()


def test_zombie(env):
    print("test: zombie producers are fenced")
    gc = Consumer(env.cconf("zombie-g"))
    for tid, late in (("tx-zombie-endtxn", None), ("tx-zombie-produce", "produce"),
                      ("tx-zombie-addpart", "addpart"), ("tx-zombie-offsets", "offsets")):
        z = Producer(env.pconf(**{"transactional.id": tid}))
        z.init_transactions(TIMEOUT)
        z.begin_transaction()
        done = {}
        for i in range(4):
            z.produce("out", value=b"zombie", partition=i % 2,
                      on_delivery=lambda e, m: e or done.setdefault(m.partition(), []).append(m.offset()))
        z.flush(TIMEOUT)
        n = Producer(env.pconf(**{"transactional.id": tid}))
        n.init_transactions(TIMEOUT)
        if late in ("produce", "addpart"):
            # partition 0 is in the transaction already; 2 needs AddPartitionsToTxn
            errs = []
            z.produce("out", value=b"zombie-late", partition=0 if late == "produce" else 2,
                      on_delivery=lambda e, m: errs.append(e))
            try:
                z.flush(TIMEOUT)
            except KafkaException as e:
                errs.append(e.args[0])  # the fatal error may surface from flush()
            check(errs and errs[0] is not None, "%s: zombie's late produce is rejected (%s)"
                  % (tid, errs and errs[0].name()))
            ev = env.events()
            fa = [i for i, e in enumerate(ev) if e["event"] == "fenced-abort"
                  and e["transactional_id"] == tid][-1]
            check(not any(e["event"] == "produce" and e["producer_id"] == ev[fa]["producer_id"]
                          for e in ev[fa:]), "%s: zombie's late records never reached the log" % tid)
        if late == "offsets":
            try:
                z.send_offsets_to_transaction([TopicPartition("in", 0, 1)],
                                              gc.consumer_group_metadata(), TIMEOUT)
                check(False, "%s: zombie's send_offsets_to_transaction fails" % tid)
            except KafkaException as e:
                check(True, "%s: zombie's send_offsets_to_transaction fails (%s)"
                      % (tid, e.args[0].name()))
        try:
            z.commit_transaction(TIMEOUT)
            check(False, "%s: zombie's commit_transaction fails" % tid)
        except KafkaException as e:
            check(True, "%s: zombie's commit_transaction fails (%s)" % (tid, e.args[0].name()))
        ev = env.events()
        inv = txnjournal.invisible_ranges(ev, "out")
        check(covered(inv, done), "%s: zombie's records are invisible" % tid)
        check(not any(e["event"] == "end" and e["transactional_id"] == tid and e["committed"]
                      for e in ev), "%s: no committed end for the zombie" % tid)
        n.begin_transaction()
        n.produce("out", value=b"new", partition=1)
        n.commit_transaction(TIMEOUT)
        check(any(e["event"] == "end" and e["transactional_id"] == tid and e["committed"]
                  for e in env.events()), "%s: new instance commits" % tid)
    gc.close()
    check(all(o < 0 for o in committed(env, "zombie-g", [("in", 0)]).values()),
          "zombie's offsets never committed")


RUNNER = r"""
import sys, time
from confluent_kafka import Consumer, Producer
bs = sys.argv[1]
c = Consumer({"bootstrap.servers": bs, "group.id": "runner-g", "enable.auto.commit": False,
              "auto.offset.reset": "earliest", "isolation.level": "read_committed",
              "session.timeout.ms": 3000, "heartbeat.interval.ms": 300})
c.subscribe(["kin"])
p = Producer({"bootstrap.servers": bs, "transactional.id": "runner-tx", "linger.ms": 2})
p.init_transactions(60)
idle_since, started = time.time(), False
while True:
    msgs = [m for m in c.consume(25, 0.5) if not m.error()]
    if not msgs:
        # done: owns every partition (dead instances evicted) and has read them all
        if time.time() - idle_since > 2 and len(c.assignment()) == 3:
            asg = c.assignment()
            pos = {(t.topic, t.partition): t.offset for t in c.position(asg)}
            com = {(t.topic, t.partition): t.offset for t in c.committed(asg, 10)}
            if all(max(pos[k], com[k]) >= c.get_watermark_offsets(tp, 10)[1]
                   for tp in asg for k in [(tp.topic, tp.partition)]):
                break
        continue
    if not started:
        print("PROCESSING", flush=True)
        started = True
    idle_since = time.time()
    p.begin_transaction()
    for m in msgs:
        p.produce("kout", key=m.value(), value=b"out:" + m.value(), partition=m.partition())
    time.sleep(0.05)  # "work" inside the transaction
    p.send_offsets_to_transaction(c.position(c.assignment()), c.consumer_group_metadata(), 60)
    p.commit_transaction(60)
print("DONE", flush=True)
c.close()
"""


def test_kill_loop(env, kills=4, n=400):
    import random
    print("test: consume-transform-produce runner SIGKILLed %d times" % kills)
    p = Producer(env.pconf())
    inputs = [("k-%d" % i).encode() for i in range(n)]
    for i, v in enumerate(inputs):
        p.produce("kin", value=v, partition=i % 3)
    p.flush(TIMEOUT)
    n_ev = len(env.events())
    done = False
    for rnd in range(kills + 1):
        child = subprocess.Popen([sys.executable, "-c", RUNNER, env.bootstrap],
                                 stdout=subprocess.PIPE, text=True)
        line = first_line(child, "runner", 90)
        if rnd < kills and line == "PROCESSING":
            time.sleep(random.uniform(0.2, 1.5))
            child.send_signal(signal.SIGKILL)
            child.wait()
            continue
        try:
            while line != "DONE":
                line = first_line(child, "runner", 120)
            done = child.wait(30) == 0
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            print("  runner did not finish: %s" % e)
            child.kill()
            child.wait()
        break
    check(done, "runner finished after %d kills" % rnd)
    ev = env.events()
    fenced = sum(1 for e in ev[n_ev:] if e["event"] == "fenced-abort"
                 and e["transactional_id"] == "runner-tx")
    print("  (%d kills hit an open transaction)" % fenced)
    ru = Consumer(env.cconf("kill-loop-ru", **{"isolation.level": "read_uncommitted",
                                               "enable.partition.eof": True}))
    ru.assign([TopicPartition("kout", q, 0) for q in range(3)])
    recs, eof = [], set()
    deadline = time.time() + TIMEOUT
    while len(eof) < 3 and time.time() < deadline:
        m = ru.poll(0.5)
        if m is None:
            continue
        if m.error():
            if m.error().code() == -191:
                eof.add(m.partition())
            continue
        recs.append((m.partition(), m.offset(), m.key()))
    ru.close()
    inv = txnjournal.invisible_ranges(ev, "kout")
    vis = [(q, o, k) for q, o, k in recs
           if not any(a <= o <= b for a, b in inv.get(str(q), []))]
    keys = sorted(k for _, _, k in vis)
    lost = set(inputs) - set(keys)
    dups = len(keys) - len(set(keys))
    check(not lost and dups == 0 and len(keys) == n,
          "exactly-once: %d inputs -> %d visible outputs (%d in the log), %d lost, %d duplicated"
          % (n, len(keys), len(recs), len(lost), dups))
    t = txnjournal.totals(ev, "kout")
    check(len(recs) - len(vis) == t["aborted"] + t["open"],
          "every invisible record in the log (%d) is an aborted/open one in the journal (%d)"
          % (len(recs) - len(vis), t["aborted"] + t["open"]))
    c = Consumer(env.cconf("wm2"))
    ends = {("kin", q): c.get_watermark_offsets(TopicPartition("kin", q), TIMEOUT)[1]
            for q in range(3)}
    c.close()
    com = committed(env, "runner-g", ends.keys())
    check(com == ends, "runner's committed offsets %s are the input end offsets %s"
          % (sorted(com.values()), sorted(ends.values())))
    if env.filter_fetch:
        rc = read_all(env, "read_committed", {q: 0 for q in range(3)}, "kill-loop-rc", "kout")
        check(rc == {(q, o) for q, o, _ in vis},
              "read_committed consumer sees exactly the visible outputs")


def read_all(env, isolation, start, group, topic="out"):
    """{(partition, offset)} readable from `start` ({partition: offset}) to the end."""
    c = Consumer(env.cconf(group, **{"isolation.level": isolation,
                                     "enable.partition.eof": True}))
    c.assign([TopicPartition(topic, q, o) for q, o in start.items()])
    got, eof = set(), set()
    deadline = time.time() + TIMEOUT
    while len(eof) < len(start) and time.time() < deadline:
        m = c.poll(0.5)
        if m is None:
            continue
        if m.error():
            if m.error().code() == -191:  # _PARTITION_EOF
                eof.add(m.partition())
                continue
            raise RuntimeError("consume error: %s" % m.error())
        got.add((m.partition(), m.offset()))
    c.close()
    return got


def test_read_committed(env):
    print("test: --filter-fetch: read_committed consumers see committed records only")
    c = Consumer(env.cconf("wm"))
    hw = {q: c.get_watermark_offsets(TopicPartition("out", q), TIMEOUT)[1] for q in range(3)}
    c.close()
    inv = txnjournal.invisible_ranges(env.events(), "out")
    expect = {(q, o) for q in range(3) for o in range(hw[q])
              if not any(a <= o <= b for a, b in inv.get(str(q), []))}
    rc = read_all(env, "read_committed", {q: 0 for q in range(3)}, "rc-1")
    check(rc == expect, "read_committed sees exactly the %d committed records (got %d)"
          % (len(expect), len(rc)))
    ru = read_all(env, "read_uncommitted", {q: 0 for q in range(3)}, "ru-1")
    check(len(ru) == sum(hw.values()), "read_uncommitted sees all %d records (got %d)"
          % (sum(hw.values()), len(ru)))
    # an open transaction holds back everything after it (last stable offset)
    p = Producer(env.pconf(**{"transactional.id": "tx-open"}))
    p.init_transactions(TIMEOUT)
    p.begin_transaction()
    for _ in range(3):
        p.produce("out", value=b"open", partition=0)
    p.flush(TIMEOUT)
    plain = Producer(env.pconf())
    for _ in range(2):
        plain.produce("out", value=b"plain-after-open", partition=0)
    plain.flush(TIMEOUT)
    held = read_all(env, "read_committed", {0: hw[0]}, "rc-2")
    check(held == set(), "nothing readable past an open transaction (got %d)" % len(held))
    p.commit_transaction(TIMEOUT)
    after = read_all(env, "read_committed", {0: hw[0]}, "rc-3")
    check(after == {(0, hw[0] + i) for i in range(5)},
          "after its commit the 3 transactional + 2 later plain records are readable (got %d)"
          % len(after))


def kreq(api_key, ver, corr, body):
    import struct
    req = struct.pack(">hhih", api_key, ver, corr, 4) + b"test" + body
    return struct.pack(">i", len(req)) + req


def recv_frame(sock):
    import struct
    def rx(n):
        b = b""
        while len(b) < n:
            c = sock.recv(n - len(b))
            if not c:
                return None
            b += c
        return b
    h = rx(4)
    return None if h is None else rx(struct.unpack(">i", h)[0])


def test_raw(env):
    import socket
    import struct
    print("test: raw protocol: partial frames, pipelining, malformed intercepted request")
    host, port = env.bootstrap.split(",")[0].rsplit(":", 1)
    s = socket.create_connection((host, int(port)), 10)
    s.settimeout(10)
    # Metadata v1 (all topics) + Metadata v2, pipelined and sent one byte at a time
    data = kreq(3, 1, 7, struct.pack(">i", -1)) + kreq(3, 2, 8, struct.pack(">i", -1))
    for i in range(len(data)):
        s.sendall(data[i:i + 1])
        if i % 7 == 0:
            time.sleep(0.002)
    ok = True
    for corr, ver in ((7, 1), (8, 2)):
        f = recv_frame(s)
        if f is None or struct.unpack(">i", f[:4])[0] != corr:
            ok = False
            break
        nb = struct.unpack(">i", f[4:8])[0]
        pos = 8
        for _ in range(nb):
            pos += 4
            hl = struct.unpack(">h", f[pos:pos + 2])[0]
            bhost = f[pos + 2:pos + 2 + hl].decode()
            bport = struct.unpack(">i", f[pos + 2 + hl:pos + 6 + hl])[0]
            pos += 6 + hl
            rl = struct.unpack(">h", f[pos:pos + 2])[0]
            pos += 2 + max(rl, 0)
            ok = ok and bhost == "127.0.0.1" and bport not in env.upstream_ports
    check(ok, "byte-at-a-time pipelined Metadata v1/v2 answered in order, brokers rewritten")
    s.close()
    # malformed EndTxn (truncated body): clear error, connection closed, shim lives on
    s = socket.create_connection((host, int(port)), 10)
    s.settimeout(10)
    s.sendall(kreq(26, 1, 9, struct.pack(">h", 5) + b"ab"))
    try:
        closed = recv_frame(s) is None
    except OSError:
        closed = True
    s.close()
    check(closed, "malformed EndTxn closes the connection")
    err = open(env.shim_err).read()
    check("cannot parse EndTxn v1 request" in err, "malformed EndTxn reported on stderr")
    # many concurrent connections, half of them dropped before the answers
    results = []

    def one(i):
        try:
            k = socket.create_connection((host, int(port)), 10)
            k.settimeout(20)
            k.sendall(kreq(18, 0, 1, b"") + kreq(3, 2, 2, struct.pack(">i", -1)))
            if i % 2:
                k.close()
                results.append(True)
                return
            a, b = recv_frame(k), recv_frame(k)
            results.append(a is not None and b is not None and
                           a[:4] == struct.pack(">i", 1) and b[:4] == struct.pack(">i", 2))
            k.close()
        except OSError as e:
            results.append(e)
    ts = [threading.Thread(target=one, args=(i,)) for i in range(64)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    check(len(results) == 64 and all(x is True for x in results),
          "64 concurrent connections (half closed early) handled")
    c = Consumer(env.cconf("after-raw"))
    check(len(c.list_topics(timeout=TIMEOUT).topics) >= 2, "shim still serves afterwards")
    c.close()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    for brokers, filter_fetch in ((1, False), (3, True)):
        print("=== sandbox with %d broker(s), shim %s --filter-fetch"
              % (brokers, "with" if filter_fetch else "without"))
        run_suite(sys.argv[1], brokers, filter_fetch)
    print("RESULT: %s" % ("PASS" if not FAILURES else "FAIL (%d)" % len(FAILURES)))
    for f in FAILURES:
        print("  - " + f)
    return 1 if FAILURES else 0


def run_suite(cli, brokers, filter_fetch):
    env = Env(cli, brokers, filter_fetch)
    try:
        test_plain(env)
        consumer = Consumer(env.cconf("eos-g"))
        consumer.subscribe(["in"])
        p, pos, _ = test_commit(env, consumer)
        test_abort(env, consumer, p, pos)
        consumer.close()
        test_commit_after_leave(env)
        test_kill(env)
        test_zombie(env)
        test_raw(env)
        test_kill_loop(env)
        if filter_fetch:
            test_read_committed(env)
    except Exception as e:
        import traceback
        traceback.print_exc()
        FAILURES.append("exception: %r" % e)
    finally:
        rc = env.stop()
        check(rc == 0, "shim exited cleanly on SIGTERM (rc=%s)" % rc)
        err = open(env.shim_err).read()
        unexpected = [ln for ln in err.splitlines()
                      if ("ERROR" in ln or "Traceback" in ln)
                      and "cannot parse EndTxn v1 request" not in ln]
        check(not unexpected, "no unexpected errors in shim stderr")
        sys.stdout.write("--- shim stderr ---\n" + err)
        if FAILURES:
            print("kept for inspection: %s" % env.tmp)
        else:
            shutil.rmtree(env.tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
