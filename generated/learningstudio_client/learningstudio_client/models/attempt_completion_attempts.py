from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AttemptCompletionAttempts")


@_attrs_define
class AttemptCompletionAttempts:
    """The change to apply."""

    is_completed: bool
    """ Must be `true`: an attempt can only be completed, never reopened. """

    def to_dict(self) -> dict[str, Any]:
        is_completed = self.is_completed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "isCompleted": is_completed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_completed = d.pop("isCompleted")

        attempt_completion_attempts = cls(
            is_completed=is_completed,
        )

        return attempt_completion_attempts
