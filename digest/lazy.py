"""A package's exports loaded on first use (PEP 562), so importing one module of a package does
not load the others: `digest build` with nothing changed must not import the parser, the index
or the templates."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def exports(package: str, names: dict[str, str]) -> tuple[list[str], Callable[[str], Any]]:
    """`__all__` and a module `__getattr__` for `package`, whose `names` map each exported name
    to the module of the package that defines it."""
    def getattr_(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)
    return sorted(names), getattr_
