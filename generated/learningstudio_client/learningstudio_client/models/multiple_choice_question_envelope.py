from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.multiple_choice_question import MultipleChoiceQuestion


T = TypeVar("T", bound="MultipleChoiceQuestionEnvelope")


@_attrs_define
class MultipleChoiceQuestionEnvelope:
    """Body of `GET .../sections/{sectionId}/multipleChoiceQuestions/{questionId}` (multiple-choice (one answer) question
    detail).

    """

    multiple_choice_question: MultipleChoiceQuestion
    """ Detail of a multiple-choice (one answer) question: its id and text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multiple_choice_question = self.multiple_choice_question.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "multipleChoiceQuestion": multiple_choice_question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multiple_choice_question import MultipleChoiceQuestion  # noqa: PLC0415

        d = dict(src_dict)
        multiple_choice_question = MultipleChoiceQuestion.from_dict(d.pop("multipleChoiceQuestion"))

        multiple_choice_question_envelope = cls(
            multiple_choice_question=multiple_choice_question,
        )

        multiple_choice_question_envelope.additional_properties = d
        return multiple_choice_question_envelope

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
