from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.attempt_summary import AttemptSummary


T = TypeVar("T", bound="AttemptSummaryEnvelope")


@_attrs_define
class AttemptSummaryEnvelope:
    """Body of `GET .../attempts/{attemptId}/summary`."""

    summary: AttemptSummary
    """ Results of a completed attempt: total points possible and earned, and the same broken out by question type.
    Essay and short answers may still await manual grading. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt_summary import AttemptSummary  # noqa: PLC0415

        d = dict(src_dict)
        summary = AttemptSummary.from_dict(d.pop("summary"))

        attempt_summary_envelope = cls(
            summary=summary,
        )

        attempt_summary_envelope.additional_properties = d
        return attempt_summary_envelope

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
