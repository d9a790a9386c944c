"""The neural name tagger: natasha's news NER model, run sentence-batched for speed.

natasha tags a whole document as one sequence, so its CRF decoding walks every token of the
document one numpy step at a time. Here the text is cut into sentences, the sentences of many
texts share one padded batch, and the Viterbi pass runs over the whole batch at once: the
same model and weights, many times fewer steps. Tokens come from one regular expression that
agrees with natasha's tokenizer on more than 99% of the tokens of the factRuEval texts.

Only this module and :mod:`._morph` import the NLP stack, and only when a recognizer is built.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from ..._threads import hold_blas
from ...text._sentences import sentence_stops

__all__ = ["NameTagger", "Tagged", "Token", "tokenize"]

# A word (letters and digits, joined by hyphens), a decimal number, an ellipsis, a run of
# ?/!, or any other single non-space character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:[-‐][^\W_]+)*|\.\.\.|[!?]+|\S")
_MAX_SENTENCE = 120
_BATCH = 48
# Short sentences share a batch by the dozen: a text of many one-token "sentences" (a run of
# stops) would otherwise pay a batch's fixed cost for every 48 tokens. A batch holds 48
# sentences, or as many as keep it to this many tokens; each row's tags do not depend on it.
_BATCH_TOKENS = 48 * 32


class Token(NamedTuple):
    """One token of the text: its characters and where they are."""

    start: int
    end: int
    text: str


class Tagged(NamedTuple):
    """A name the tagger found: ``PER``, ``LOC`` or ``ORG`` over ``text[start:end]``."""

    start: int
    end: int
    type: str


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, in order."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _sentences(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """Token index ranges of sentences: cut where the one splitter of :mod:`eventkit.text` ends
    a sentence, at line breaks, and every :data:`_MAX_SENTENCE` tokens."""
    ends = {stop for _, stop in sentence_stops(text, 0, len(text))}
    out: list[tuple[int, int]] = []
    start = 0
    n = len(tokens)
    for i, token in enumerate(tokens):
        cut = token.end in ends or (i + 1 < n and "\n" in text[token.end : tokens[i + 1].start])
        if cut or i - start + 1 >= _MAX_SENTENCE:
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out


def _has_word(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether tokens ``start:end`` hold a letter or a digit."""
    return any(ch.isalnum() for token in tokens[start:end] for ch in token.text)


class NameTagger:
    """natasha's news NER model (slovnet weights and navec embeddings from natasha's wheel)."""

    def __init__(self) -> None:
        import numpy as np
        from natasha.data import NEWS_EMBEDDING, NEWS_NER
        from navec import Navec
        from slovnet import NER

        self._np = np
        hold_blas()  # the products here are small: more threads only wait on each other
        api = NER.load(NEWS_NER)
        api.navec(Navec.load(NEWS_EMBEDDING))
        infer = api.infer
        self._model = infer.model
        self._net = _Network(np, infer.model)
        self._words = infer.encoder.words_vocab
        self._shapes = infer.encoder.shapes_vocab
        tags = infer.decoder.tags_vocab
        self._tags: list[str] = [tags.decode(i) for i in range(len(tags))]
        self._transitions = self._model.head.crf.transitions.array
        self._word_pad: int = self._words.pad_id
        self._shape_pad: int = self._shapes.pad_id
        from slovnet.shape import word_shape

        words, shapes = self._words, self._shapes

        @lru_cache(maxsize=200_000)
        def ids(word: str) -> tuple[int, int]:
            return words.encode(word.lower()), shapes.encode(word_shape(word))

        self._ids = ids

    def tag(self, texts: Sequence[str]) -> list[tuple[list[Token], list[Tagged]]]:
        """Tokens and tagged names of each text, in the order given."""
        tokenized = [tokenize(t) for t in texts]
        chunks: list[tuple[int, int, int]] = []  # (text index, first token, end token)
        for k, (text, tokens) in enumerate(zip(texts, tokenized, strict=True)):
            # a sentence with no letter or digit names nothing: it is not run through the model
            chunks.extend((k, a, b) for a, b in _sentences(tokens, text) if _has_word(tokens, a, b))
        labels: list[list[str]] = [[""] * len(t) for t in tokenized]
        order = sorted(range(len(chunks)), key=lambda c: chunks[c][2] - chunks[c][1])
        b = 0
        while b < len(order):
            size = _BATCH
            while b + size < len(order):  # sorted by length: the last one is the longest
                longest = chunks[order[b + size]][2] - chunks[order[b + size]][1]
                if (size + 1) * max(longest, 1) > _BATCH_TOKENS:
                    break
                size += 1
            batch = [chunks[c] for c in order[b : b + size]]
            b += size
            seqs = [[self._ids(tok.text) for tok in tokenized[k][s:e]] for k, s, e in batch]
            for (k, s, _e), tags in zip(batch, self._decode(seqs), strict=True):
                labels[k][s : s + len(tags)] = tags
        return [(tokens, _spans(tokens, tags)) for tokens, tags in zip(tokenized, labels, strict=True)]

    def _decode(self, seqs: list[list[tuple[int, int]]]) -> list[list[str]]:
        np = self._np
        # The sentences run through the network end to end, a row of padding between two, not
        # as rows of a padded batch: a batch's rows are as long as its longest sentence, which
        # more than doubled the work. The padding embeds to zeros and the convolutions see
        # the same zeros at a sentence's edges either way.
        gap = self._net.gap
        pad = (self._word_pad, self._shape_pad)
        flat: list[tuple[int, int]] = [pad] * gap
        starts: list[int] = []
        for seq in seqs:
            starts.append(len(flat))
            flat += seq
            flat += [pad] * gap
        ids = np.array(flat, dtype=np.intp)
        keep = np.ones(len(flat), dtype=bool)
        for start in starts:
            keep[start - gap : start] = False
        keep[len(flat) - gap :] = False
        packed = self._net(ids[:, 0], ids[:, 1], keep)
        # back to a padded batch for the Viterbi pass; a padding position reads a padding row
        lengths = np.array([len(s) for s in seqs])
        size = int(lengths.max())
        steps = np.arange(size)[None, :]
        rows = np.where(steps < lengths[:, None], np.array(starts)[:, None] + steps, 0)
        emissions = packed[rows]
        paths = _viterbi(np, emissions, lengths, self._transitions)
        return [[self._tags[t] for t in path] for path in paths]


class _Network:
    """The tagger's forward pass over (batch, sequence, channels) arrays.

    The weights are natasha's; the convolutions are computed as one matrix product per kernel
    offset on the unpadded layout, which avoids building a copy of every window.
    """

    def __init__(self, np: Any, model: Any) -> None:
        self._np = np
        word = model.emb.word
        # the quantized embedding: a word's vector is one centroid of each subspace. The
        # centroids are kept as one table, so that a word's are found by a single np.take
        # (much faster than indexing the subspace and centroid axes together).
        codes = word.codes.array  # subspaces x centroids x dims
        self._centroids = codes.reshape(-1, codes.shape[2])
        self._indexes = word.indexes.array
        self._offsets = np.arange(codes.shape[0], dtype=np.intp) * codes.shape[1]
        self._shape_emb = model.emb.shape.weight.array
        self._layers = []
        self.gap = 0  # padding rows between two sentences: the widest convolution's
        for layer in model.encoder.layers:
            weight = layer.conv.weight.array  # out x in x kernel
            # every offset's kernel side by side (in x offsets*out): one product per layer
            kernels = np.ascontiguousarray(
                np.concatenate([weight[:, :, k].T for k in range(weight.shape[2])], axis=1)
            )
            norm = layer.norm
            scale = (norm.weight.array / norm.std.array).astype(np.float32)
            shift = (norm.bias.array - norm.mean.array * scale).astype(np.float32)
            # a kernel of 2p+1 offsets with p zeros on each side keeps a sentence's length
            if weight.shape[2] != 2 * layer.conv.padding + 1:
                raise ValueError(f"a convolution of {weight.shape[2]} offsets pads {layer.conv.padding}")
            self.gap = max(self.gap, layer.conv.padding)
            self._layers.append(
                (kernels, weight.shape[2], layer.conv.bias.array, layer.conv.padding, scale, shift)
            )
        self._proj = model.head.proj.weight.array
        self._proj_bias = model.head.proj.bias.array

    def __call__(self, word_id: Any, shape_id: Any, keep: Any) -> Any:
        """Emissions (rows x tags) of a sequence of tokens; ``keep`` is false at padding rows,
        and :attr:`gap` padding rows surround every sentence."""
        np = self._np
        # the first layer's product of a token depends on its word and shape alone: it is
        # computed once for each pair the text has (news repeats its words) and then spread
        shapes = len(self._shape_emb)
        pairs, where = np.unique(word_id * shapes + shape_id, return_inverse=True)
        rows = self._indexes[pairs // shapes] + self._offsets
        words = np.take(self._centroids, rows, axis=0).reshape(len(pairs), -1)
        x = np.concatenate((words, self._shape_emb[pairs % shapes]), axis=-1)
        keep = keep[:, None]
        n = len(word_id)
        for kernels, offsets, bias, padding, scale, shift in self._layers:
            # each position times every offset's kernel in one product; then output t sums
            # offset k's part of position t + k - padding (the rows at the ends are padding)
            y = x @ kernels
            if where is not None:
                y, where = y[where], None
            o = kernels.shape[1] // offsets
            out = np.empty((n, o), dtype=y.dtype)
            out[:padding] = 0  # the padding rows at the ends: zero after ``keep`` in any case
            out[n - padding :] = 0
            inner = out[padding : n - padding]
            rows = n - 2 * padding
            if offsets == 1:
                inner[...] = y[:, 0:o]
            else:  # the first two offsets' parts summed straight into place
                np.add(y[0:rows, 0:o], y[1 : 1 + rows, o : 2 * o], out=inner)
            for k in range(2, offsets):
                inner += y[k : k + rows, k * o : (k + 1) * o]
            out += bias
            np.maximum(out, 0, out=out)
            out *= scale
            out += shift
            out *= keep
            x = out
        return x @ self._proj + self._proj_bias


def _viterbi(np: Any, emissions: Any, lengths: Any, transitions: Any) -> list[list[int]]:
    """Best tag paths of a padded batch (batch x seq x tags), stepping all rows together."""
    batch, size, tags = emissions.shape
    score = emissions[:, 0, :].copy()
    history = []
    # few numpy calls a step (each costs more than its arithmetic on these small arrays): one
    # buffer, the rows still inside their sentence found for every step at once
    total = np.empty((batch, tags, tags), dtype=emissions.dtype)
    live = (lengths[:, None] > np.arange(size)[None, :])[:, :, None]
    for t in range(1, size):
        np.add(score[:, :, None], transitions, out=total)
        total += emissions[:, t, None, :]
        history.append(total.argmax(1))
        # the score at the best previous tag: the same values, without an index gather
        np.copyto(score, total.max(1), where=live[:, t])
    out: list[list[int]] = []
    last = score.argmax(1)
    steps = [best.tolist() for best in history]  # Python ints: indexing numpy per token is slow
    for i in range(batch):
        n = int(lengths[i])
        if n == 0:
            out.append([])
            continue
        tag = int(last[i])
        path = [tag]
        for t in range(n - 1, 0, -1):
            tag = steps[t - 1][i][tag]
            path.append(tag)
        path.reverse()
        out.append(path)
    return out


def _spans(tokens: Sequence[Token], tags: Sequence[str]) -> list[Tagged]:
    """Names from BIO tags: a B- or a type change starts one, O ends it."""
    out: list[Tagged] = []
    cur_type = ""
    cur_start = cur_end = 0
    for token, tag in zip(tokens, tags, strict=True):
        kind = tag[2:] if len(tag) > 2 else ""
        if not kind or tag.startswith("B-") or kind != cur_type:
            if cur_type:
                out.append(Tagged(cur_start, cur_end, cur_type))
            cur_type = kind
            cur_start = token.start
        cur_end = token.end
    if cur_type:
        out.append(Tagged(cur_start, cur_end, cur_type))
    return out
