"""The bare form of a representation suffix (`/me`, `/courses/1`), which schemathesis never sends.

LearningStudio's `{format}` is a path parameter whose values are `""`, `".json"` and `".xml"`.
schemathesis drops every generated path parameter that is empty (an empty segment usually routes a
request elsewhere), so on its own it never sends the suffix-less form, the one most clients use.
This hook gives half of the generated values that select the same representation as no suffix
(`.json`) back as `""`: the request keeps its meaning, so a positive case stays positive and a
negative one keeps the violation it was generated with (a suffix that is itself the violation is
never `.json`).
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from schemathesis import HookContext

from apicontracts.contracts import ApiContract

BARE = ""


def bare_suffixes(contract: ApiContract) -> dict[str, list[str]]:
    """Format parameter -> its non-empty values that select what the bare form selects."""
    bare = contract.format_suffixes.get(BARE)
    same = [value for value, media in contract.format_suffixes.items() if value != BARE and media == bare]
    return {name: same for name in contract.format_params} if bare is not None else {}


def bare_suffix_hook(contract: ApiContract) -> Any:
    """A schemathesis `flatmap_path_parameters` hook that also sends the suffix-less form."""
    equivalents = bare_suffixes(contract)

    def flatmap_path_parameters(context: HookContext, path_parameters: dict[str, Any] | None) -> st.SearchStrategy[Any]:
        # None: an operation without path parameters.
        names = [name for name, values in equivalents.items() if (path_parameters or {}).get(name) in values]
        if not names:
            return st.just(path_parameters)
        bare = {**(path_parameters or {}), **dict.fromkeys(names, BARE)}
        return st.sampled_from([bare, path_parameters])

    return flatmap_path_parameters
