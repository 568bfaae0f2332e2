#!/usr/bin/env python3
"""Scores a corpus store built from make_stream.py output against the gold it carries.

Reads the store's `articles` table directly (id, url, story_id, duplicate_of, extra) and prints:
- story clustering: BCubed precision / recall / F1 of story_id against gold_story (an article
  with no story counts as a singleton), plus story counts;
- syndicated copies: precision / recall of the copy -> original links (directed, as gold says),
  of copy pairs regardless of direction (same duplicate group), and recall per copy kind.

usage: score.py DB [--json]
"""

import collections
import json
import sqlite3
import sys


def bcubed(pred, gold):
  """pred, gold: lists of labels per article. Returns (P, R, F1)."""
  pair = collections.Counter(zip(pred, gold))
  psize = collections.Counter(pred)
  gsize = collections.Counter(gold)
  n = len(pred)
  p = sum(c * c / psize[pl] for (pl, _), c in pair.items()) / n
  r = sum(c * c / gsize[gl] for (_, gl), c in pair.items()) / n
  return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def groups_pairs(parent_of):
  """Unordered pairs of items in the same group, groups given by child -> parent links."""
  root = {}

  def find(x):
    while parent_of.get(x) is not None and x not in root:
      x = parent_of[x]
    return root.get(x, x)

  members = collections.defaultdict(list)
  for child in parent_of:
    members[find(child)].append(child)
  pairs = set()
  for r, kids in members.items():
    items = sorted(set(kids + [r]))
    for i in range(len(items)):
      for j in range(i + 1, len(items)):
        pairs.add((items[i], items[j]))
  return pairs


def prf(tp, npred, ngold):
  p = tp / npred if npred else 1.0
  r = tp / ngold if ngold else 1.0
  return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
  if len(sys.argv) < 2:
    sys.exit("usage: score.py DB [--json]")
  db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
  rows = db.execute("SELECT id, url, story_id, duplicate_of, extra, date_publish FROM articles").fetchall()
  url_to_id = {url: aid for aid, url, *_ in rows}
  pred, gold = [], []
  gold_dup, pred_dup, kind_of, day_of = {}, {}, {}, {}
  for aid, url, story, dup, extra, date in rows:
    day_of[aid] = (date or "")[:10]
    e = json.loads(extra)
    pred.append(story if story is not None else "none:" + aid)
    gold.append(e["gold_story"])
    if e.get("gold_copy_of"):
      orig = url_to_id.get(e["gold_copy_of"])
      if orig is not None:
        gold_dup[aid] = orig
        kind_of[aid] = e.get("gold_copy_kind") or "?"
    if dup is not None:
      pred_dup[aid] = dup
  p, r, f = bcubed(pred, gold)
  unclustered = sum(1 for _, _, s, *_ in rows if s is None)
  out = {
      "articles": len(rows),
      "gold_stories": len(set(gold)),
      "stories": len(set(x for x in pred if not str(x).startswith("none:"))),
      "unclustered": unclustered,
      "bcubed_p": p, "bcubed_r": r, "bcubed_f1": f,
  }
  tp = sum(1 for c, o in pred_dup.items() if gold_dup.get(c) == o)
  out["dup_links_gold"] = len(gold_dup)
  out["dup_links_pred"] = len(pred_dup)
  out["dup_link_p"], out["dup_link_r"], out["dup_link_f1"] = prf(tp, len(pred_dup), len(gold_dup))
  gp, pp = groups_pairs(gold_dup), groups_pairs(pred_dup)
  out["dup_pair_p"], out["dup_pair_r"], out["dup_pair_f1"] = prf(len(gp & pp), len(pp), len(gp))
  # Wrong links whose predicted original was published the same day as the gold one (the
  # earliest copy is ambiguous at day resolution) versus on another day.
  wrong = [(c, o) for c, o in pred_dup.items() if c in gold_dup and gold_dup[c] != o]
  out["dup_link_wrong_same_day"] = sum(1 for c, o in wrong if day_of[o] == day_of[gold_dup[c]])
  out["dup_link_wrong_other_day"] = len(wrong) - out["dup_link_wrong_same_day"]
  # Recall per copy kind: the copy is in the same predicted duplicate group as its original.
  pred_pairs = pp
  by_kind = collections.defaultdict(lambda: [0, 0])
  for c, o in gold_dup.items():
    k = by_kind[kind_of[c]]
    k[1] += 1
    k[0] += (min(c, o), max(c, o)) in pred_pairs
  out["dup_recall_by_kind"] = {k: round(v[0] / v[1], 4) for k, v in sorted(by_kind.items())}
  # Copies that land in their original's story (a story counts a wire text once).
  sid = {aid: s for aid, _, s, *_ in rows}
  same = sum(1 for c, o in gold_dup.items() if sid[c] is not None and sid[c] == sid[o])
  out["copies_in_original_story"] = same / len(gold_dup) if gold_dup else 1.0
  if "--json" in sys.argv:
    print(json.dumps(out))
    return
  print(f"articles {out['articles']}: {out['stories']} stories (gold {out['gold_stories']}), "
        f"{unclustered} without a story")
  print(f"stories  BCubed P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
  print(f"copies   links: P {out['dup_link_p']:.4f}  R {out['dup_link_r']:.4f}  "
        f"({len(pred_dup)} predicted, {len(gold_dup)} gold); pairs in a group: "
        f"P {out['dup_pair_p']:.4f}  R {out['dup_pair_r']:.4f}")
  print(f"copies   wrong links to a copy of the same day as the original: "
        f"{out['dup_link_wrong_same_day']}, of another day: {out['dup_link_wrong_other_day']}")
  print("copies   recall by kind: " +
        ", ".join(f"{k} {v:.4f}" for k, v in out["dup_recall_by_kind"].items()) +
        f"; in the original's story: {out['copies_in_original_story']:.4f}")


if __name__ == "__main__":
  main()
