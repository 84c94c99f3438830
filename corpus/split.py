#!/usr/bin/env python3
"""Split the labelled NLP corpus into train, dev and test, the same way every time.

Each message goes to a split by the SHA-256 of its id: 70% train, 15% dev, 15% test. A text that
repeats an earlier one (ignoring case and surrounding space) is left out, so that no message
stands in two splits. Run it after
adding messages to nlp/parts/, then `java -jar bot/target/warden.jar train` to rebuild the models.
Standard library only.
"""
import hashlib
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
parts = sorted((here / "nlp" / "parts").glob("*.jsonl"))
splits = {"train": [], "dev": [], "test": []}
seen = set()
for part in parts:
    for line in part.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        message = json.loads(line)
        key = message["text"].strip().lower()
        if key in seen:
            continue
        seen.add(key)
        bucket = int(hashlib.sha256(message["id"].encode("utf-8")).hexdigest(), 16) % 100
        name = "train" if bucket < 70 else "dev" if bucket < 85 else "test"
        splits[name].append(line)
for name, lines in splits.items():
    (here / "nlp" / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} messages")
