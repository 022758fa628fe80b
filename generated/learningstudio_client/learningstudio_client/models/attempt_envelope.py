from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.attempt import Attempt


T = TypeVar("T", bound="AttemptEnvelope")


@_attrs_define
class AttemptEnvelope:
    """Body of `POST .../attempts` (201) and `GET .../attempts/{attemptId}`."""

    attempt: Attempt
    """ An attempt at a provisioned exam: where the user's answers are stored while the exam is taken. Creating it
    starts the clock on timed exams. `pearsonExamToken` must be sent as the `Pearson-Exam-Token` header on question,
    answer and attempt-update calls. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt import Attempt  # noqa: PLC0415

        d = dict(src_dict)
        attempt = Attempt.from_dict(d.pop("attempt"))

        attempt_envelope = cls(
            attempt=attempt,
        )

        attempt_envelope.additional_properties = d
        return attempt_envelope

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
