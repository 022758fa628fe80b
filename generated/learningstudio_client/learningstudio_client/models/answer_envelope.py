from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.essay_answer import EssayAnswer
    from ..models.fill_in_the_blank_answer import FillInTheBlankAnswer
    from ..models.many_multiple_choice_answer import ManyMultipleChoiceAnswer
    from ..models.matching_answer import MatchingAnswer
    from ..models.multiple_choice_answer import MultipleChoiceAnswer
    from ..models.short_answer import ShortAnswer
    from ..models.true_false_answer import TrueFalseAnswer


T = TypeVar("T", bound="AnswerEnvelope")


@_attrs_define
class AnswerEnvelope:
    """Body of a save-answer request (POST or PUT) and of the 201 answer to a POST."""

    answer: (
        EssayAnswer
        | FillInTheBlankAnswer
        | ManyMultipleChoiceAnswer
        | MatchingAnswer
        | MultipleChoiceAnswer
        | ShortAnswer
        | TrueFalseAnswer
    )
    """ A user's answer to one question of an attempt. The payload differs per question type; `type` tells which.
    The answer id is always the question id, and updating an answer does not change it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.essay_answer import EssayAnswer  # noqa: PLC0415
        from ..models.many_multiple_choice_answer import ManyMultipleChoiceAnswer  # noqa: PLC0415
        from ..models.matching_answer import MatchingAnswer  # noqa: PLC0415
        from ..models.multiple_choice_answer import MultipleChoiceAnswer  # noqa: PLC0415
        from ..models.short_answer import ShortAnswer  # noqa: PLC0415
        from ..models.true_false_answer import TrueFalseAnswer  # noqa: PLC0415

        answer: dict[str, Any]
        if isinstance(self.answer, TrueFalseAnswer):
            answer = self.answer.to_dict()
        elif isinstance(self.answer, MultipleChoiceAnswer):
            answer = self.answer.to_dict()
        elif isinstance(self.answer, ManyMultipleChoiceAnswer):
            answer = self.answer.to_dict()
        elif isinstance(self.answer, MatchingAnswer):
            answer = self.answer.to_dict()
        elif isinstance(self.answer, ShortAnswer):
            answer = self.answer.to_dict()
        elif isinstance(self.answer, EssayAnswer):
            answer = self.answer.to_dict()
        else:
            answer = self.answer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answer": answer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.essay_answer import EssayAnswer  # noqa: PLC0415
        from ..models.fill_in_the_blank_answer import FillInTheBlankAnswer  # noqa: PLC0415
        from ..models.many_multiple_choice_answer import ManyMultipleChoiceAnswer  # noqa: PLC0415
        from ..models.matching_answer import MatchingAnswer  # noqa: PLC0415
        from ..models.multiple_choice_answer import MultipleChoiceAnswer  # noqa: PLC0415
        from ..models.short_answer import ShortAnswer  # noqa: PLC0415
        from ..models.true_false_answer import TrueFalseAnswer  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_answer(
            data: object,
        ) -> (
            EssayAnswer
            | FillInTheBlankAnswer
            | ManyMultipleChoiceAnswer
            | MatchingAnswer
            | MultipleChoiceAnswer
            | ShortAnswer
            | TrueFalseAnswer
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_answer_type_0 = TrueFalseAnswer.from_dict(data)

                return componentsschemas_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_answer_type_1 = MultipleChoiceAnswer.from_dict(data)

                return componentsschemas_answer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_answer_type_2 = ManyMultipleChoiceAnswer.from_dict(data)

                return componentsschemas_answer_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_answer_type_3 = MatchingAnswer.from_dict(data)

                return componentsschemas_answer_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_answer_type_4 = ShortAnswer.from_dict(data)

                return componentsschemas_answer_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_answer_type_5 = EssayAnswer.from_dict(data)

                return componentsschemas_answer_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_answer_type_6 = FillInTheBlankAnswer.from_dict(data)

            return componentsschemas_answer_type_6

        answer = _parse_answer(d.pop("answer"))

        answer_envelope = cls(
            answer=answer,
        )

        answer_envelope.additional_properties = d
        return answer_envelope

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
