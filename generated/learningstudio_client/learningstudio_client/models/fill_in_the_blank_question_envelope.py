from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fill_in_the_blank_question import FillInTheBlankQuestion


T = TypeVar("T", bound="FillInTheBlankQuestionEnvelope")


@_attrs_define
class FillInTheBlankQuestionEnvelope:
    """Body of `GET .../sections/{sectionId}/fillintheblankQuestions/{questionId}` (fill-in-the-blank question detail)."""

    fill_in_the_blank_question: FillInTheBlankQuestion
    """ Detail of a fill-in-the-blank question: its id and text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_in_the_blank_question = self.fill_in_the_blank_question.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fillInTheBlankQuestion": fill_in_the_blank_question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fill_in_the_blank_question import FillInTheBlankQuestion  # noqa: PLC0415

        d = dict(src_dict)
        fill_in_the_blank_question = FillInTheBlankQuestion.from_dict(d.pop("fillInTheBlankQuestion"))

        fill_in_the_blank_question_envelope = cls(
            fill_in_the_blank_question=fill_in_the_blank_question,
        )

        fill_in_the_blank_question_envelope.additional_properties = d
        return fill_in_the_blank_question_envelope

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
