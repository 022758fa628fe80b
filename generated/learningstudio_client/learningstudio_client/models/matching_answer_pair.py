from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MatchingAnswerPair")


@_attrs_define
class MatchingAnswerPair:
    """One premise of a matching question and the choice matched to it."""

    premise_id: int
    """ Premise id (from `.../premises`). """
    choice_id: int
    """ Choice id (from `.../choices`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        premise_id = self.premise_id

        choice_id = self.choice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "premiseId": premise_id,
                "choiceId": choice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        premise_id = d.pop("premiseId")

        choice_id = d.pop("choiceId")

        matching_answer_pair = cls(
            premise_id=premise_id,
            choice_id=choice_id,
        )

        matching_answer_pair.additional_properties = d
        return matching_answer_pair

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
