"""Which recognizer reads which language: the built-in ones, plug-ins, and the caller's own.

A recognizer is registered by its factory, a callable with no arguments that returns a
:class:`~eventkit.entities.Recognizer` (it is called on first use, so a recognizer that loads
models costs nothing until a text of its language comes). Languages are BCP 47 primary subtags
(``ru``, ``en``). Three sources, in the order they are consulted:

1. :func:`register_recognizer`, called by the program;
2. the built-in recognizers (``ru`` with the ``eventkit-news[ru]`` extra, ``en`` always);
3. other packages' entry points in the group ``eventkit.recognizers`` (the entry point's name is
   the language, its object the factory), for languages no built-in covers.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from importlib.metadata import EntryPoint

from ..errors import EventkitError, MissingExtraError
from ._base import Recognizer

__all__ = [
    "ENTRY_POINT_GROUP",
    "get_recognizer",
    "languages",
    "register_recognizer",
    "ru_available",
    "unregister_recognizer",
]

ENTRY_POINT_GROUP = "eventkit.recognizers"

Factory = Callable[[], Recognizer]

_BUILT_IN: dict[str, str] = {
    "ru": "eventkit.entities.ru:recognizer",
    "en": "eventkit.entities.en:recognizer",
}
"""The built-in factories, as ``module:function``: imported only when their language is asked for."""

_LOCK = threading.Lock()
_REGISTERED: dict[str, Factory] = {}
_PLUGINS: dict[str, Factory] | None = None
_MADE: dict[str, Recognizer] = {}


def _primary(language: str) -> str:
    return language.split("-", 1)[0].strip().lower()


def register_recognizer(language: str, factory: Factory, *, replace: bool = False) -> None:
    """Use ``factory()`` for texts in ``language`` (a primary subtag such as ``kk``).

    :param language: a BCP 47 tag; its primary subtag is what is registered.
    :param factory: a callable with no arguments that makes the recognizer (on first use).
    :param replace: replace a recognizer the language has already (built in, a plug-in's, or
        registered before).
    :raises ValueError: not a language subtag, or the language has a recognizer and
        ``replace`` is false.
    :raises TypeError: ``factory`` is not callable.
    """
    key = _primary(language)
    if not key.isalpha() or not 2 <= len(key) <= 8:
        raise ValueError(f"not a language subtag: {language!r}")
    if not callable(factory):
        raise TypeError(f"factory must be callable, got {type(factory).__name__}")
    with _LOCK:
        if not replace and (key in _REGISTERED or key in _BUILT_IN or key in _plugins()):
            raise ValueError(f"a recognizer for {key!r} exists already; pass replace=True to replace it")
        _REGISTERED[key] = factory
        _MADE.pop(key, None)


def unregister_recognizer(language: str) -> None:
    """Forget what :func:`register_recognizer` set for ``language``; a built-in one applies again."""
    key = _primary(language)
    with _LOCK:
        if key not in _REGISTERED:
            raise KeyError(f"no recognizer was registered for {key!r}")
        del _REGISTERED[key]
        _MADE.pop(key, None)


def languages() -> tuple[str, ...]:
    """The languages that have a recognizer (the ``ru`` one may still need its extra).

    :returns: primary subtags, sorted (``("en", "ru")``).
    """
    with _LOCK:
        return tuple(sorted({*_REGISTERED, *_BUILT_IN, *_plugins()}))


def ru_available() -> bool:
    """Whether the packages of the ``eventkit-news[ru]`` extra are installed (nothing is imported).

    :returns: ``True`` when Russian entities can be read.
    """
    from .ru._extra import available

    return available()


def get_recognizer(language: str, *, required: bool = False) -> Recognizer | None:
    """The recognizer for ``language`` (BCP 47), or ``None`` when there is none.

    Russian (``ru``, ``ru-RU`` ...) has one when the ``eventkit-news[ru]`` extra is installed: the
    same instance for the whole process, which loads its models on first use. English (``en``,
    ``en-GB`` ...) always has one, by rules alone.

    :param language: a BCP 47 tag.
    :param required: raise instead of returning ``None`` when there is no recognizer.
    :returns: the recognizer, or ``None``.
    :raises ~eventkit.errors.MissingExtraError: ``required=True`` and no recognizer is installed
        (the message says what to install).
    :raises ~eventkit.EventkitError: a plug-in's factory failed or returned no recognizer.
    """
    key = _primary(language)
    made = _MADE.get(key)
    if made is not None:
        return made
    with _LOCK:
        factory = _REGISTERED.get(key)
        built_in = factory is None and key in _BUILT_IN
        if factory is None:
            factory = _built_in(key) or _plugins().get(key)
    if factory is None:
        if required:
            raise MissingExtraError(
                f"no entity recognizer for language {language!r} (there are: {', '.join(languages())})"
            )
        return None
    try:
        made = factory()
    except MissingExtraError:
        if required:
            raise
        return None
    except EventkitError:
        raise
    except Exception as exc:  # a plug-in's factory failed: say whose it was
        raise EventkitError(
            f"the recognizer for {key!r} could not be made: {type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(made, Recognizer):
        raise EventkitError(
            f"the recognizer factory for {key!r} returned {type(made).__name__}, not a Recognizer"
        )
    if built_in:  # the built-in factories keep one instance per process themselves
        return made
    with _LOCK:
        return _MADE.setdefault(key, made)


def _built_in(key: str) -> Factory | None:
    target = _BUILT_IN.get(key)
    if target is None:
        return None
    module, _, name = target.partition(":")
    factory: Factory = getattr(importlib.import_module(module), name)
    return factory


def _plugins() -> dict[str, Factory]:
    """Other packages' recognizers, read once from their entry points (loaded when first asked for)."""
    global _PLUGINS
    if _PLUGINS is None:
        from importlib.metadata import entry_points

        found: dict[str, Factory] = {}
        for point in entry_points(group=ENTRY_POINT_GROUP):
            key = _primary(point.name)
            if key not in _BUILT_IN and key not in found:
                found[key] = _lazy(point)
        _PLUGINS = found
    return _PLUGINS


def _lazy(point: EntryPoint) -> Factory:
    def factory() -> Recognizer:
        made: Recognizer = point.load()()
        return made

    return factory
