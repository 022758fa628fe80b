"""House rules for the specs: one rule set, parameterised per API by its contract table."""

from apicontracts.lint.model import Finding
from apicontracts.lint.runner import lint_api

__all__ = ["Finding", "lint_api"]
