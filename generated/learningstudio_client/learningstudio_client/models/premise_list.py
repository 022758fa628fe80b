from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.premise import Premise


T = TypeVar("T", bound="PremiseList")


@_attrs_define
class PremiseList:
    """Body of `GET .../matchingQuestions/{questionId}/premises`."""

    premises: list[Premise]
    """ The premises. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        premises = []
        for premises_item_data in self.premises:
            premises_item = premises_item_data.to_dict()
            premises.append(premises_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "premises": premises,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.premise import Premise  # noqa: PLC0415

        d = dict(src_dict)
        premises = []
        _premises = d.pop("premises")
        for premises_item_data in _premises:
            premises_item = Premise.from_dict(premises_item_data)

            premises.append(premises_item)

        premise_list = cls(
            premises=premises,
        )

        premise_list.additional_properties = d
        return premise_list

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
