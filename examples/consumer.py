#!/usr/bin/python3
"""A downstream consumer of newsevd's output topic, without generated code.

It reads newsev.v1.ArticleEvents (or newsev.v1.Event, at event granularity)
messages, decodes them with the compiled descriptor set that `make proto`
builds and `make install` installs (newsev.desc), and prints one
tab-separated row per event:

    article_id  event_id  source  cameo  target  date  mode

Values may be plain protobuf or carry the Confluent Schema Registry wire
prefix (output.framing = confluent): a byte 0, a 4-byte big-endian schema
id, then the message-index array. A plain protobuf message never starts with
byte 0 (field number 0 does not exist), so both framings are told apart per
message.

Needs Debian's python3-confluent-kafka and python3-protobuf:

    /usr/bin/python3 examples/consumer.py -b localhost:9092 -t article-events \\
        --desc /usr/share/newsev/newsev.desc --from-beginning --exit-at-end

De-duplicate downstream on (article_id, event_id): an at-least-once
pipeline, or a replay into the same table, may deliver an event twice.
"""
import argparse
import os
import sys

from confluent_kafka import Consumer, KafkaError
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

CT_EVENT = "messageType=newsev.v1.Event"
DEFAULT_DESC = "/usr/share/newsev/newsev.desc"


def load_classes(path):
    """ArticleEvents and Event classes built from a FileDescriptorSet."""
    fds = descriptor_pb2.FileDescriptorSet()
    with open(path, "rb") as f:
        fds.ParseFromString(f.read())
    pool = descriptor_pool.DescriptorPool()
    for fd in fds.file:
        pool.Add(fd)
    classes = []
    for name in ("newsev.v1.ArticleEvents", "newsev.v1.Event"):
        desc = pool.FindMessageTypeByName(name)
        if hasattr(message_factory, "GetMessageClass"):
            classes.append(message_factory.GetMessageClass(desc))
        else:
            classes.append(message_factory.MessageFactory(pool).GetPrototype(desc))
    return classes


def read_varint(buf, pos):
    """A base-128 varint at buf[pos:]: (value, next position)."""
    shift = value = 0
    while True:
        if pos >= len(buf):
            raise ValueError("truncated varint")
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, pos
        shift += 7


def unframe(value):
    """(schema_id or None, message indexes, protobuf bytes) of a value."""
    if len(value) == 0 or value[0] != 0:
        return None, [0], value
    if len(value) < 6:
        raise ValueError("confluent prefix truncated")
    schema_id = int.from_bytes(value[1:5], "big")
    count, pos = read_varint(value, 5)
    count = (count >> 1) ^ -(count & 1)          # zigzag
    indexes = [0]
    if count > 0:
        indexes = []
        for _ in range(count):
            v, pos = read_varint(value, pos)
            indexes.append((v >> 1) ^ -(v & 1))
    return schema_id, indexes, value[pos:]


def actor(a):
    """An actor's CAMEO code, else its name ("" when absent)."""
    return a.cameo or a.name


def rows(msg, article_cls, event_cls, mode_names):
    """The rows of one Kafka message."""
    headers = dict((k, v.decode("utf-8", "replace") if v else "")
                   for k, v in (msg.headers() or []))
    _, indexes, payload = unframe(msg.value() or b"")
    if indexes != [0]:
        raise ValueError("message index %r is not newsev's" % indexes)
    if CT_EVENT in headers.get("content-type", ""):
        ev = event_cls()
        ev.ParseFromString(payload)
        events = [ev]
    else:
        ae = article_cls()
        ae.ParseFromString(payload)
        events = ae.events
    for e in events:
        yield (e.article_id, e.event_id, actor(e.source), e.cameo_code,
               actor(e.target), e.date.value, mode_names.get(e.mode, str(e.mode)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-b", "--bootstrap", required=True)
    ap.add_argument("-t", "--topic", required=True)
    ap.add_argument("-g", "--group", default="newsev-consumer-example")
    ap.add_argument("--desc", default=os.environ.get("NEWSEV_DESC", DEFAULT_DESC))
    ap.add_argument("--from-beginning", action="store_true",
                    help="a new group starts at the oldest message")
    ap.add_argument("--exit-at-end", action="store_true",
                    help="stop once every assigned partition is read to its end")
    args = ap.parse_args()

    article_cls, event_cls = load_classes(args.desc)
    mode_enum = event_cls.DESCRIPTOR.fields_by_name["mode"].enum_type
    mode_names = {v.number: v.name for v in mode_enum.values}
    c = Consumer({"bootstrap.servers": args.bootstrap, "group.id": args.group,
                  "auto.offset.reset": "earliest" if args.from_beginning else "latest",
                  "enable.partition.eof": True, "isolation.level": "read_committed"})
    assigned, at_end = set(), set()

    def on_assign(consumer, parts):
        assigned.update((p.topic, p.partition) for p in parts)

    c.subscribe([args.topic], on_assign=on_assign)
    out = sys.stdout
    out.write("article_id\tevent_id\tsource\tcameo\ttarget\tdate\tmode\n")
    try:
        while True:
            m = c.poll(1.0)
            if m is None:
                continue
            if m.error():
                if m.error().code() == KafkaError._PARTITION_EOF:
                    at_end.add((m.topic(), m.partition()))
                    if args.exit_at_end and assigned and at_end >= assigned:
                        break
                    continue
                sys.stderr.write("consumer error: %s\n" % m.error())
                continue
            at_end.discard((m.topic(), m.partition()))
            for r in rows(m, article_cls, event_cls, mode_names):
                out.write("\t".join(r) + "\n")
    except KeyboardInterrupt:
        pass
    finally:
        out.flush()
        c.close()


if __name__ == "__main__":
    main()
