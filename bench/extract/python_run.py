#!/usr/bin/python3
"""Python peers over the AEB pages, for bench/extract/run.

    /usr/bin/python3 python_run.py readability|fulltext AEB_DIR OUT.json

readability: Debian's python3-readability (readability-lxml), Document(bytes).summary() and the
  summary's text with a newline after each block element.
fulltext: the calibration baseline, every text node of the page outside script/style/comments.

Loads and gunzips every page first, then times only the extraction loop (bytes in, text out:
charset decoding included, as in our engine's timed loop). Writes OUT.json
({"<sha256>": {"articleBody": text}}) and prints one line "pages N seconds S pages/s X MB/s Y"
(MB/s over the gunzipped bytes, like extract_eval). Runs with Debian's /usr/bin/python3 so that
the apt-installed modules are found.
"""
import gzip
import json
import re
import sys
import time

import lxml.etree
import lxml.html

BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table td th title tr ul".split())
UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
CHARSET = re.compile(rb"""charset\s*=\s*["']?([\w:.-]+)""", re.I)


def block_text(root):
    """text_content() with a newline after every block element, so that words of adjacent
    paragraphs do not run together."""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.tail = "\n" + (el.tail or "")
    return root.text_content()


def decode(page):
    """The page as text: its declared charset (meta charset in the first 2 KB), else UTF-8."""
    m = CHARSET.search(page[:2048])
    if m:
        try:
            return page.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return page.decode("utf-8", "replace")


def readability_text(page):
    from readability import Document  # imported once by main(); cached afterwards
    summary = Document(page).summary(html_partial=True)
    return block_text(lxml.html.fragment_fromstring(summary, create_parent="div"))


def fulltext(page):
    doc = lxml.html.document_fromstring(decode(page).encode("utf-8"), parser=UTF8_PARSER)
    lxml.etree.strip_elements(doc, "script", "style", lxml.etree.Comment, with_tail=False)
    return block_text(doc)


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("readability", "fulltext"):
        sys.exit("usage: python_run.py readability|fulltext AEB_DIR OUT.json")
    mode, aeb_dir, out_path = sys.argv[1:]
    if mode == "readability":
        import readability  # noqa: F401  (fail early, before timing, when not installed)
    extract = readability_text if mode == "readability" else fulltext
    with open(aeb_dir + "/ground-truth.json", encoding="utf-8") as f:
        keys = list(json.load(f))
    pages = []
    for key in keys:
        try:
            with gzip.open("%s/html/%s.html.gz" % (aeb_dir, key), "rb") as f:
                pages.append((key, f.read()))
        except OSError as e:
            print("skip %s: %s" % (key, e), file=sys.stderr)

    out, size, failures = {}, 0, 0
    t0 = time.perf_counter()
    for key, page in pages:
        size += len(page)
        try:
            text = extract(page)
        except Exception:  # a peer's failure on one page costs that page only
            text, failures = "", failures + 1
        out[key] = {"articleBody": text}
    seconds = time.perf_counter() - t0

    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f)
    if failures:
        print("%s: %d pages raised" % (mode, failures), file=sys.stderr)
    print("pages %d seconds %.3f pages/s %.1f MB/s %.2f"
          % (len(pages), seconds, len(pages) / seconds, size / seconds / 1e6))


if __name__ == "__main__":
    main()
