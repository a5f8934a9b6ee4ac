"""Every public name of ``p2c`` (and every public method and property of its classes) has a
docstring, at run time (what ``help()`` and notebooks show)."""

from __future__ import annotations

import inspect

import p2c


def _missing() -> list[str]:
    missing = []
    for name in p2c.__all__:
        if name.startswith("__"):
            continue
        obj = getattr(p2c, name)
        if not (inspect.getdoc(obj) or "").strip():
            missing.append(name)
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            for attr, member in vars(obj).items():
                if attr.startswith("_") and attr != "_repr_html_":
                    continue
                if (
                    callable(member)
                    or inspect.isdatadescriptor(member)
                    or isinstance(member, (staticmethod, classmethod))
                ):
                    wrapped = isinstance(member, (staticmethod, classmethod))
                    target = member.__func__ if wrapped else member
                    if not (inspect.getdoc(target) or "").strip():
                        missing.append(f"{name}.{attr}")
    return missing


def test_every_public_name_has_a_docstring() -> None:
    assert _missing() == []
