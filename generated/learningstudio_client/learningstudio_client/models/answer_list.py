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


T = TypeVar("T", bound="AnswerList")


@_attrs_define
class AnswerList:
    """Body of `GET .../attempts/{attemptId}/answers` (all saved answers) and `GET .../answers/{questionId}` (Pearson: "an
    array of the user's answers to a specific question").

    """

    answers: list[
        EssayAnswer
        | FillInTheBlankAnswer
        | ManyMultipleChoiceAnswer
        | MatchingAnswer
        | MultipleChoiceAnswer
        | ShortAnswer
        | TrueFalseAnswer
    ]
    """ The answers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.essay_answer import EssayAnswer  # noqa: PLC0415
        from ..models.many_multiple_choice_answer import ManyMultipleChoiceAnswer  # noqa: PLC0415
        from ..models.matching_answer import MatchingAnswer  # noqa: PLC0415
        from ..models.multiple_choice_answer import MultipleChoiceAnswer  # noqa: PLC0415
        from ..models.short_answer import ShortAnswer  # noqa: PLC0415
        from ..models.true_false_answer import TrueFalseAnswer  # noqa: PLC0415

        answers = []
        for answers_item_data in self.answers:
            answers_item: dict[str, Any]
            if isinstance(answers_item_data, TrueFalseAnswer):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, MultipleChoiceAnswer):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, ManyMultipleChoiceAnswer):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, MatchingAnswer):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, ShortAnswer):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, EssayAnswer):
                answers_item = answers_item_data.to_dict()
            else:
                answers_item = answers_item_data.to_dict()

            answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
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
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:

            def _parse_answers_item(
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

            answers_item = _parse_answers_item(answers_item_data)

            answers.append(answers_item)

        answer_list = cls(
            answers=answers,
        )

        answer_list.additional_properties = d
        return answer_list

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
