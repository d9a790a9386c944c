"""Train the English recognizer's learned tagger on the CoNLL-2003 English train split.

    python scripts/train_english_tagger.py TRAIN_FILE [--epochs N] [--out PATH]

TRAIN_FILE is CoNLL-2003's ``train.txt`` (or ``eng.train``); the data is not part of the project
(``docs/benchmarks.md`` says where to get it). The weights go to
``src/eventkit/entities/en/data/tagger.json.gz`` unless ``--out`` says otherwise. Training is
deterministic: the same file and options give the same weights.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from conll import read_documents  # noqa: E402

from eventkit.entities.en._recognizer import token_marks  # noqa: E402
from eventkit.entities.en._tagger import iob2, train, write  # noqa: E402

__all__ = ["main"]

OUT = ROOT / "src" / "eventkit" / "entities" / "en" / "data" / "tagger.json.gz"


def main(argv: list[str] | None = None) -> int:
    """Read the split, train, write the weights; print accuracy per epoch."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--minimum", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with args.train.open(encoding="utf-8") as lines:
        documents = read_documents(lines, str(args.train))
    sentences = [(s.tokens, token_marks(s.tokens), iob2(s.tags)) for d in documents for s in d.sentences]
    print(f"{len(sentences)} sentences, {sum(len(s[0]) for s in sentences)} tokens", flush=True)
    started = time.perf_counter()

    def progress(epoch: int, accuracy: float) -> None:
        seconds = time.perf_counter() - started
        print(f"epoch {epoch + 1}: token accuracy {accuracy:.4f} ({seconds:.0f} s)", flush=True)

    weights = train(sentences, epochs=args.epochs, minimum=args.minimum, progress=progress)
    write(weights, str(args.out))
    print(f"{len(weights)} features written to {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
