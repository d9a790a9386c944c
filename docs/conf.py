"""Sphinx configuration for the eventkit documentation."""

from __future__ import annotations

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
autodoc_class_signature = "separated"
intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpicky = False
suppress_warnings = ["myst.xref_missing"]
