#!/usr/bin/env python3
"""Writes the small hand-made WARC/ARC fixtures of this folder (deterministic: gzip mtime 0).

Run from anywhere: python3 tests/testdata/warc/make_fixtures.py. The archive tests
(src/corroborate/archive/warc_reader_test.cc) assert what these files contain.
"""
import gzip
import io
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

PAGE = (b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Harbour bridge reopens"
        b"</title></head>\n<body><article><h1>Harbour bridge reopens</h1>\n<p>The old harbour "
        b"bridge reopened on Monday after two years of repairs, the city said.</p>\n<p>Engineers "
        b"replaced every cable.</p></article></body></html>\n")
PAGE2 = (b"<html><head><title>Second page</title></head><body><p>A council vote on the "
         b"budget was postponed to March.</p></body></html>\n")


def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(data)
    return buf.getvalue()


def warc(fields, block, version=b"WARC/1.1"):
    head = version + b"\r\n"
    for name, value in fields:
        head += name + b": " + value + b"\r\n"
    head += b"Content-Length: " + str(len(block)).encode() + b"\r\n\r\n"
    return head + block + b"\r\n\r\n"


def http(status, headers, body):
    head = b"HTTP/1.1 " + status + b"\r\n"
    for name, value in headers:
        head += name + b": " + value + b"\r\n"
    return head + b"\r\n" + body


def rid(n):
    return b"<urn:uuid:00000000-0000-4000-8000-%012d>" % n


def response(n, uri, status, headers, body):
    return warc([(b"WARC-Type", b"response"), (b"WARC-Target-URI", uri),
                 (b"WARC-Date", b"2024-05-06T07:08:09Z"), (b"WARC-Record-ID", rid(n)),
                 (b"Content-Type", b"application/http;msgtype=response")],
                http(status, headers, body))


def records():
    info = warc([(b"WARC-Type", b"warcinfo"), (b"WARC-Date", b"2024-05-06T07:08:09Z"),
                 (b"WARC-Record-ID", rid(1)), (b"Content-Type", b"application/warc-fields")],
                b"software: hand-written fixture\r\nformat: WARC File Format 1.1\r\n")
    request = warc([(b"WARC-Type", b"request"), (b"WARC-Target-URI", b"http://news.test/bridge"),
                    (b"WARC-Date", b"2024-05-06T07:08:09Z"), (b"WARC-Record-ID", rid(2)),
                    (b"Content-Type", b"application/http;msgtype=request")],
                   b"GET /bridge HTTP/1.1\r\nHost: news.test\r\n\r\n")
    ok = response(3, b"http://news.test/bridge", b"200 OK",
                  [(b"Content-Type", b"text/html; charset=utf-8")], PAGE)
    missing = response(4, b"http://news.test/missing", b"404 Not Found",
                       [(b"Content-Type", b"text/html")], b"<html><body>gone</body></html>")
    image = response(5, b"http://news.test/logo.png", b"200 OK", [(b"Content-Type", b"image/png")],
                     b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    resource = warc([(b"WARC-Type", b"resource"), (b"WARC-Target-URI", b"file:///second.html"),
                     (b"WARC-Date", b"2024-05-06T07:08:10Z"), (b"WARC-Record-ID", rid(6)),
                     (b"Content-Type", b"text/html; charset=iso-8859-1")], PAGE2)
    metadata = warc([(b"WARC-Type", b"metadata"), (b"WARC-Target-URI", b"http://news.test/bridge"),
                     (b"WARC-Record-ID", rid(7)), (b"Content-Type", b"application/warc-fields")],
                    b"via: http://news.test/\r\n")
    return [info, request, ok, missing, image, resource, metadata]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    recs = records()
    write("tiny.warc", b"".join(recs))
    write("tiny.warc.gz", b"".join(gz(r) for r in recs))
    write("whole.warc.gz", gz(b"".join(recs)))

    # Chunked transfer coding around a gzip content coding, LF-only HTTP head lines.
    body = gzip.compress(PAGE, mtime=0)
    chunked = b""
    for i in range(0, len(body), 50):
        part = body[i:i + 50]
        chunked += b"%x;ext=1\r\n" % len(part) + part + b"\r\n"
    chunked += b"0\r\nX-Trailer: yes\r\n\r\n"
    block = (b"HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\n"
             b"Content-Encoding: gzip\n\n" + chunked)
    write("chunked.warc", warc([(b"WARC-Type", b"response"),
                                (b"WARC-Target-URI", b"http://news.test/chunked"),
                                (b"WARC-Date", b"2024-05-06T07:08:09Z"),
                                (b"WARC-Record-ID", rid(8)),
                                (b"Content-Type", b"application/http;msgtype=response")], block))

    # The third record's gzip member is cut after its header; four good records follow it.
    members = [gz(r) for r in recs[:4]]
    cut = members[2][:len(members[2]) * 3 // 4]
    write("truncated.warc.gz", members[0] + members[1] + cut + b"".join(gz(r) for r in recs[3:]))

    # Garbage between records, and a record whose Content-Length runs past the end of the file.
    write("garbage.warc", recs[2] + b"this line is not a record\r\nnor this one\r\n" + recs[5] +
          recs[2].replace(b"Content-Length: %d" % (len(recs[2].split(b"\r\n\r\n", 1)[1]) - 4),
                          b"Content-Length: 999999"))

    # ARC v1: the file header record, then two HTTP records, each gzipped on its own.
    desc = b"1 0 Fixture\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = [b"filedesc://fixture.arc 127.0.0.1 20240506070809 text/plain %d\n" % len(desc) + desc + b"\n"]
    for url, page in ((b"http://news.test/bridge", PAGE), (b"http://news.test/second", PAGE2)):
        payload = http(b"200 OK", [(b"Content-Type", b"text/html")], page)
        arc.append(url + b" 192.0.2.1 20240506070809 text/html %d\n" % len(payload) + payload + b"\n")
    write("tiny.arc", b"".join(arc))
    write("tiny.arc.gz", b"".join(gz(a) for a in arc))


if __name__ == "__main__":
    main()
