from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.short_question import ShortQuestion


T = TypeVar("T", bound="ShortQuestionEnvelope")


@_attrs_define
class ShortQuestionEnvelope:
    """Body of `GET .../sections/{sectionId}/shortQuestions/{questionId}` (short-answer question detail)."""

    short_question: ShortQuestion
    """ Detail of a short-answer question: its id and text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        short_question = self.short_question.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shortQuestion": short_question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.short_question import ShortQuestion  # noqa: PLC0415

        d = dict(src_dict)
        short_question = ShortQuestion.from_dict(d.pop("shortQuestion"))

        short_question_envelope = cls(
            short_question=short_question,
        )

        short_question_envelope.additional_properties = d
        return short_question_envelope

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
