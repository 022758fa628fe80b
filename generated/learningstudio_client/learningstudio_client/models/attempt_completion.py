from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.attempt_completion_attempts import AttemptCompletionAttempts


T = TypeVar("T", bound="AttemptCompletion")


@_attrs_define
class AttemptCompletion:
    """Body of `PUT .../attempts/{attemptId}`: the only supported change, marking the attempt completed. Pearson's
    libraries send exactly `{ "attempts" : { "isCompleted" : true } }` (note the plural key).

    """

    attempts: AttemptCompletionAttempts
    """ The change to apply. """

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attempts": attempts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt_completion_attempts import AttemptCompletionAttempts  # noqa: PLC0415

        d = dict(src_dict)
        attempts = AttemptCompletionAttempts.from_dict(d.pop("attempts"))

        attempt_completion = cls(
            attempts=attempts,
        )

        return attempt_completion
