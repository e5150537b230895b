#!/usr/bin/env python3
"""Reads RSS and Atom files with feedparser (Debian's python3-feedparser) and prints one JSON line per feed:
its version, whether the parser met a fault (bozo), and each entry's title, link, id, summary and date."""
import json
import sys

import feedparser

for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        parsed = feedparser.parse(handle.read())
    print(json.dumps({
        "file": path,
        "version": parsed.version,
        "bozo": bool(parsed.bozo),
        "fault": str(parsed.get("bozo_exception", "")),
        "title": parsed.feed.get("title", ""),
        "language": parsed.feed.get("language", ""),
        "entries": [{
            "title": e.get("title", ""),
            "title_type": e.get("title_detail", {}).get("type", ""),
            "link": e.get("link", ""),
            "id": e.get("id", ""),
            "summary": e.get("summary", ""),
            "summary_type": e.get("summary_detail", {}).get("type", ""),
            "published": e.get("published", e.get("updated", "")),
        } for e in parsed.entries],
    }))
