from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.true_false_question import TrueFalseQuestion


T = TypeVar("T", bound="TrueFalseQuestionEnvelope")


@_attrs_define
class TrueFalseQuestionEnvelope:
    """Body of `GET .../sections/{sectionId}/trueFalseQuestions/{questionId}` (true/false question detail)."""

    true_false_question: TrueFalseQuestion
    """ Detail of a true/false question: its id and text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        true_false_question = self.true_false_question.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trueFalseQuestion": true_false_question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.true_false_question import TrueFalseQuestion  # noqa: PLC0415

        d = dict(src_dict)
        true_false_question = TrueFalseQuestion.from_dict(d.pop("trueFalseQuestion"))

        true_false_question_envelope = cls(
            true_false_question=true_false_question,
        )

        true_false_question_envelope.additional_properties = d
        return true_false_question_envelope

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
