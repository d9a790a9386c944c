"""Sphinx configuration for the eventkit documentation."""

from __future__ import annotations

import importlib
import logging
import sys
import typing

from docutils import nodes
from docutils.nodes import Element, TextElement
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

import eventkit

project = "eventkit"
author = "the eventkit authors"
copyright = "2026, the eventkit authors"
release = eventkit.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "conftest.py"]
html_theme = "furo"
html_title = "eventkit"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_class_signature = "mixed"
intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpicky = True  # every reference must resolve; nothing is suppressed


# The standard library's and attrs' names link to their own documentation, built offline: the
# page of a name is known from its module, so no inventory needs to be fetched.
_PYTHON_DOCS = "https://docs.python.org/3/library/"
_ATTRS_API = "https://www.attrs.org/en/stable/api.html"


def _module_of(target: str) -> str | None:
    """The longest prefix of ``target`` that is a standard-library module (``collections.abc``)."""
    parts = target.split(".")
    for end in range(len(parts), 0, -1):
        name = ".".join(parts[:end])
        if parts[0] in sys.stdlib_module_names:
            try:
                importlib.import_module(name)
            except ImportError:
                continue
            return name
    return None


def _external(app: Sphinx, env: BuildEnvironment, node: Element, contnode: TextElement) -> Element | None:
    """Resolve a reference to the standard library, attrs, or a type variable, else leave it."""
    target = node.get("reftarget", "")
    if target in ("AttrsInstance", "attrs.AttrsInstance") or target.startswith("attrs."):
        anchor = target if target.startswith("attrs.") else "attrs.AttrsInstance"
        return _link(f"{_ATTRS_API}#{anchor}", contnode)
    module = _module_of(target)
    if module is not None:
        anchor = f"module-{module}" if node.get("reftype") == "mod" else target
        return _link(f"{_PYTHON_DOCS}{module}.html#{anchor}", contnode)
    # A type variable in a signature (``type[_M] -> _M``) names no page: it reads as written.
    module_name, _, name = target.rpartition(".")
    found = sys.modules.get(module_name)
    if found is not None and isinstance(getattr(found, name, None), typing.TypeVar):
        return contnode
    return None


def _link(uri: str, contnode: TextElement) -> Element:
    reference = nodes.reference("", "", internal=False, refuri=uri)
    reference += contnode
    return reference


class _ShowArticle(SphinxDirective):
    """``{eventkit-show} ../examples/FILE``: the picture :mod:`eventkit.show` draws of an article.

    An eventkit JSON file is drawn as it is; an article text is parsed first (with entities
    when a recognizer is installed), so the picture is always the current code's.
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        from pathlib import Path

        from eventkit.show import to_html

        logging.getLogger("pymorphy2").setLevel(logging.WARNING)  # its dictionaries' loading is no news
        path = (Path(self.env.srcdir) / self.arguments[0]).resolve()
        self.env.note_dependency(str(path))
        if path.suffix == ".json":
            article = eventkit.loads(path.read_bytes())
        else:
            article = eventkit.parse_article(path.read_text(encoding="utf-8"))
        return [nodes.raw("", to_html(article), format="html")]


def setup(app: Sphinx) -> None:
    app.connect("missing-reference", _external)
    app.add_directive("eventkit-show", _ShowArticle)
