"""A picture of an article: its text with persons, organizations, venues, dates and quotes marked,
and its events with their participants, as one self-contained HTML page.

:func:`to_html` gives a fragment (what Jupyter shows for an :class:`~eventkit.Article`, through
``Article._repr_html_``), :func:`html_page` a whole page (``eventkit show FILE > article.html``).
Nothing is loaded from the network: the style is inline, there is no script. Every piece of the
article's text and data is HTML-escaped, and a link is made only to an ``http(s)`` url.

How the text is marked: the text is cut at every edge of a quote, a mention or a date; each
piece lies in at most one quote (the first that holds it) and carries at most one mark, the
shortest of those that cover it (a name inside a date range stays a name). Neighbouring pieces
with the same quote and mark are joined again, so every mark nests inside its quote.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from .model import Article, DateRange, Event, Paragraph, Person, Quote, Span

__all__ = ["html_page", "to_html"]

_STYLE = """
.ek-article{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1f;max-width:60em}
.ek-article h2{font-size:1.3em;margin:.2em 0 .3em}
.ek-article h3{font-size:1em;margin:1.2em 0 .3em;text-transform:uppercase;letter-spacing:.04em;color:#555}
.ek-article .ek-meta{color:#666;font-size:.9em}
.ek-article .ek-legend span{margin-right:.8em}
.ek-article p{margin:.5em 0}
.ek-article mark{padding:0 .15em;border-radius:.2em;color:inherit}
.ek-article a.ek-ref{color:inherit;text-decoration:none}
.ek-article .ek-person{background:#ffe1a8}
.ek-article .ek-organization{background:#cde4ff}
.ek-article .ek-venue{background:#cdf2d0}
.ek-article .ek-date{background:#eadcff}
.ek-article .ek-quote{border-bottom:2px solid #d9534f;background:#fff3f2}
.ek-article .ek-speaker{font-size:.72em;vertical-align:super;color:#a33;margin:0 .25em;white-space:nowrap}
.ek-article table{border-collapse:collapse;font-size:.92em}
.ek-article td,.ek-article th{border-top:1px solid #ddd;padding:.2em .6em;text-align:left;vertical-align:top}
.ek-article .ek-part{color:#666;font-size:.85em}
"""

_KINDS = ("person", "organization", "venue", "date")


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


class _Mark(NamedTuple):
    start: int
    end: int
    kind: str  # person, organization, venue, date
    target: str  # the html id of what the mark names
    title: str


class _Ids:
    """Html ids unique to one article, so that several articles can share a page."""

    def __init__(self, article: Article) -> None:
        self.prefix = "ek" + hashlib.sha256(article.id.encode("utf-8")).hexdigest()[:8] + "-"

    def __call__(self, id: str) -> str:
        return _e(self.prefix + "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in id))


def to_html(article: Article) -> str:
    """The article as an HTML fragment: its text with entities, dates and quotes marked, then lists.

    :param article: the article.
    :returns: one ``<div class="ek-article">`` with its own ``<style>``, escaped throughout.
    """
    ids = _Ids(article)
    parts = [f'<div class="ek-article" lang="{_e(article.language)}"><style>{_STYLE}</style>']
    parts.append(_header(article))
    parts.append(_legend())
    marks = list(_marks(article, ids))
    quotes = sorted(article.quotes, key=lambda q: (q.span.start, -q.span.end))
    blocks: list[tuple[str, Paragraph]] = []
    if article.headline is not None:
        blocks.append(("h2", article.headline))
    blocks.extend(("p", p) for p in article.paragraphs)
    if not blocks and article.text:
        whole = Paragraph(text=article.text, span=Span(start=0, end=len(article.text)))
        blocks.append(("p", whole))
    persons = {p.id: p for p in article.persons}
    # Each mark and quote goes to the block it starts in: every block reads only its own.
    starts = [block.span.start for _, block in blocks]
    own_marks: list[list[_Mark]] = [[] for _ in blocks]
    own_quotes: list[list[Quote]] = [[] for _ in blocks]
    for mark in marks:
        if (k := bisect.bisect_right(starts, mark.start) - 1) >= 0:
            own_marks[k].append(mark)
    for quote in quotes:
        if (k := bisect.bisect_right(starts, quote.span.start) - 1) >= 0:
            own_quotes[k].append(quote)
    for k, (tag, block) in enumerate(blocks):
        inner = _marked(
            article.text, block.span.start, block.span.end, own_marks[k], own_quotes[k], persons, ids
        )
        parts.append(f"<{tag}>{inner}</{tag}>")
    parts.append(_entities(article, ids))
    parts.append(_quotes(article, ids))
    parts.append(_events(article, ids))
    parts.append("</div>")
    return "".join(parts)


def html_page(articles: Sequence[Article]) -> str:
    """A whole HTML page of one or more articles, readable offline.

    :param articles: the articles, drawn one after the other.
    :returns: the page, from ``<!DOCTYPE html>`` to ``</html>``.
    """
    title = "eventkit"
    if len(articles) == 1 and articles[0].headline is not None:
        title = articles[0].headline.text
    body = "\n<hr>\n".join(to_html(a) for a in articles)
    language = articles[0].language if len(articles) == 1 else "und"
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _header(article: Article) -> str:
    meta = [f"id {_e(article.id)}", f"language {_e(article.language)}"]
    if article.published is not None:
        meta.append(f"published {_e(article.published)}")
    if article.outlet is not None:
        meta.append(f"outlet {_e(article.outlet.name)}")
    if article.url is not None:
        if article.url.lower().startswith(("http://", "https://")):
            meta.append(f'<a href="{_e(article.url)}" rel="noopener noreferrer">{_e(article.url)}</a>')
        else:
            meta.append(_e(article.url))
    return f'<div class="ek-meta">{" · ".join(meta)}</div>'


def _legend() -> str:
    items = "".join(f'<span><mark class="ek-{k}">{k}</mark></span>' for k in _KINDS)
    return f'<div class="ek-meta ek-legend">{items}<span><span class="ek-quote">quote</span></span></div>'


def _marks(article: Article, ids: _Ids) -> Iterator[_Mark]:
    for kind, group in (
        ("person", article.persons),
        ("organization", article.organizations),
        ("venue", article.venues),
    ):
        for entity in group:
            for mention in entity.mentions:
                title = f"{kind}: {entity.name}"
                yield _Mark(mention.span.start, mention.span.end, kind, ids(entity.id), title)
    for n, date in enumerate(article.dates):
        yield _Mark(date.span.start, date.span.end, "date", ids(f"date-{n}"), f"date: {_range(date.dates)}")


def _range(dates: DateRange) -> str:
    return str(dates.start) if dates.start == dates.end else f"{dates.start} – {dates.end}"


def _marked(
    text: str,
    start: int,
    end: int,
    marks: Sequence[_Mark],
    quotes: Sequence[Quote],
    persons: dict[str, Person],
    ids: _Ids,
) -> str:
    """``text[start:end]`` as HTML, each piece in its quote and its mark (see the module's doc)."""
    inside = [m for m in marks if m.start < end and m.end > start and m.end > m.start]
    held = [q for q in quotes if q.span.start < end and q.span.end > start]
    edges = {start, end}
    for m in inside:
        edges.update((max(m.start, start), min(m.end, end)))
    for q in held:
        edges.update((max(q.span.start, start), min(q.span.end, end)))
    cuts = sorted(edges)
    # Marks and quotes by start, walked once; the active ones are kept in small lists.
    by_start = sorted(inside, key=lambda m: m.start)
    quotes_by_start = sorted(held, key=lambda q: q.span.start)
    active: list[_Mark] = []
    active_quotes: list[Quote] = []
    i = j = 0
    pieces: list[tuple[Quote | None, _Mark | None, str]] = []
    for a, b in itertools.pairwise(cuts):
        while i < len(by_start) and by_start[i].start <= a:
            active.append(by_start[i])
            i += 1
        while j < len(quotes_by_start) and quotes_by_start[j].span.start <= a:
            active_quotes.append(quotes_by_start[j])
            j += 1
        active = [m for m in active if m.end > a]
        active_quotes = [q for q in active_quotes if q.span.end > a]
        mark = min(active, key=lambda m: (m.end - m.start, _KINDS.index(m.kind)), default=None)
        quote = active_quotes[0] if active_quotes else None
        pieces.append((quote, mark, text[a:b]))
    out: list[str] = []
    k = 0
    while k < len(pieces):
        quote = pieces[k][0]
        group: list[tuple[_Mark | None, str]] = []
        while k < len(pieces) and pieces[k][0] is quote:
            group.append((pieces[k][1], pieces[k][2]))
            k += 1
        inner = _join_marks(group)
        if quote is None:
            out.append(inner)
            continue
        speaker = persons.get(quote.speaker) if quote.speaker else None
        title = f"{quote.kind.value} quote" + (f" by {speaker.name}" if speaker else "")
        out.append(
            f'<span class="ek-quote" id="{ids(quote.id)}" title="{_e(title)}">{inner}</span>'
            if quote.span.start >= start
            else f'<span class="ek-quote" title="{_e(title)}">{inner}</span>'
        )
        if quote.span.end <= end:
            out.append(_speaker_tag(quote.speaker_text, speaker, ids))
    return "".join(out)


def _join_marks(group: list[tuple[_Mark | None, str]]) -> str:
    out: list[str] = []
    k = 0
    while k < len(group):
        mark = group[k][0]
        text: list[str] = []
        while k < len(group) and group[k][0] is mark:
            text.append(group[k][1])
            k += 1
        body = _e("".join(text))
        if mark is None:
            out.append(body)
        else:
            out.append(
                f'<a class="ek-ref" href="#{mark.target}"><mark class="ek-{mark.kind}" '
                f'title="{_e(mark.title)}">{body}</mark></a>'
            )
    return "".join(out)


def _speaker_tag(speaker_text: str | None, speaker: Person | None, ids: _Ids) -> str:
    if speaker is not None:
        return f'<a class="ek-speaker" href="#{ids(speaker.id)}">— {_e(speaker.name)}</a>'
    if speaker_text:
        return f'<span class="ek-speaker">— {_e(speaker_text)}?</span>'
    return ""


def _entities(article: Article, ids: _Ids) -> str:
    rows: list[str] = []
    said: dict[str, list[str]] = {}
    for quote in article.quotes:
        if quote.speaker is not None:
            said.setdefault(quote.speaker, []).append(f'<a href="#{ids(quote.id)}">{_e(quote.id)}</a>')
    for person in article.persons:
        roles = "; ".join(
            role.title + (f" ({role.country})" if role.country else "") for role in person.roles
        )
        quotes = ", ".join(said.get(person.id, []))
        rows.append(_entity_row("person", person.id, person.name, roles, len(person.mentions), quotes, ids))
    for org in article.organizations:
        rows.append(
            _entity_row("organization", org.id, org.name, org.country or "", len(org.mentions), "", ids)
        )
    names = {v.id: v.name for v in article.venues}
    for venue in article.venues:
        detail = venue.kind.value + (f", in {names.get(venue.parent, venue.parent)}" if venue.parent else "")
        rows.append(_entity_row("venue", venue.id, venue.name, detail, len(venue.mentions), "", ids))
    for n, date in enumerate(article.dates):
        rows.append(_entity_row("date", f"date-{n}", date.text, _range(date.dates), 1, "", ids))
    if not rows:
        return ""
    head = "<tr><th>kind</th><th>name</th><th>details</th><th>mentions</th><th>quotes</th></tr>"
    return f"<h3>Entities and dates</h3><table>{head}{''.join(rows)}</table>"


def _entity_row(kind: str, id: str, name: str, detail: str, mentions: int, quotes: str, ids: _Ids) -> str:
    return (
        f'<tr id="{ids(id)}"><td><mark class="ek-{kind}">{kind}</mark></td><td>{_e(name)}</td>'
        f"<td>{_e(detail)}</td><td>{mentions}</td><td>{quotes}</td></tr>"
    )


def _quotes(article: Article, ids: _Ids) -> str:
    if not article.quotes:
        return ""
    persons = {p.id: p for p in article.persons}
    rows = []
    for quote in article.quotes:
        speaker = persons.get(quote.speaker) if quote.speaker else None
        who = (
            f'<a href="#{ids(speaker.id)}">{_e(speaker.name)}</a>'
            if speaker is not None
            else _e(quote.speaker_text or "?")
        )
        rows.append(
            f'<tr><td><a href="#{ids(quote.id)}">{_e(quote.id)}</a></td><td>{_e(quote.kind.value)}</td>'
            f"<td>{who}</td><td>{_e(quote.cue or '')}</td><td>{_e(quote.text)}</td></tr>"
        )
    head = "<tr><th>quote</th><th>kind</th><th>speaker</th><th>cue</th><th>text</th></tr>"
    return f"<h3>Quotes</h3><table>{head}{''.join(rows)}</table>"


def _events(article: Article, ids: _Ids) -> str:
    if not article.events:
        return ""
    names: dict[str, tuple[str, str]] = {}
    for kind, group in (
        ("person", article.persons),
        ("organization", article.organizations),
        ("venue", article.venues),
    ):
        for entity in group:
            names[entity.id] = (kind, entity.name)
    rows = [_event_row(event, names, ids) for event in article.events]
    head = (
        "<tr><th>event</th><th>kind</th><th>status</th><th>dates</th><th>venue</th>"
        "<th>participants</th><th>codes</th></tr>"
    )
    return f"<h3>Events</h3><table>{head}{''.join(rows)}</table>"


def _event_row(event: Event, names: dict[str, tuple[str, str]], ids: _Ids) -> str:
    def ref(entity: str) -> str:
        kind, name = names.get(entity, ("", entity))
        label = f'<mark class="ek-{kind}">{_e(name)}</mark>' if kind else _e(name)
        return f'<a class="ek-ref" href="#{ids(entity)}">{label}</a>'

    participants = ", ".join(
        f'{ref(p.entity)} <span class="ek-part">{_e(p.part.value)}</span>' for p in event.participants
    )
    codes = []
    if event.cameo:
        codes.append(f"CAMEO {_e(event.cameo)}")
    if event.plover is not None:
        codes.append(f"PLOVER {_e(event.plover.event)}")
    kind = _e(event.kind.value.replace("_", " "))
    if event.parent is not None:
        kind += f' <span class="ek-part">within <a href="#{ids(event.parent)}">{_e(event.parent)}</a></span>'
    return (
        f'<tr id="{ids(event.id)}"><td>{_e(event.id)}</td><td>{kind}</td><td>{_e(event.status.value)}</td>'
        f"<td>{_e(_range(event.dates)) if event.dates else ''}</td>"
        f"<td>{ref(event.venue) if event.venue else ''}</td><td>{participants}</td>"
        f"<td>{'; '.join(codes)}</td></tr>"
    )


def _repr_html_(self: Article) -> str:
    """Jupyter's picture of an article (see :func:`to_html`)."""
    return to_html(self)


# The model knows nothing of its pictures; this module gives the Article its Jupyter display.
setattr(Article, "_repr_html_", _repr_html_)  # noqa: B010
