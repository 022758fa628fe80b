from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fee")


@_attrs_define
class Fee:
    """A fee on an assignment. Field names from production code (BMD comment, PYLOG); no payload was recorded, so the
    example values are illustrative. [PROD]

    """

    value: float | Unset = UNSET
    formatted: str | Unset = UNSET
    currency: str | Unset = UNSET
    description: None | str | Unset = UNSET
    game_fees: float | None | str | Unset = UNSET
    """ Type unknown (number or formatted amount). """
    travel_fees: float | None | str | Unset = UNSET
    """ Type unknown (number or formatted amount). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        formatted = self.formatted

        currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        game_fees: float | None | str | Unset
        if isinstance(self.game_fees, Unset):
            game_fees = UNSET
        else:
            game_fees = self.game_fees

        travel_fees: float | None | str | Unset
        if isinstance(self.travel_fees, Unset):
            travel_fees = UNSET
        else:
            travel_fees = self.travel_fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if formatted is not UNSET:
            field_dict["formatted"] = formatted
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if game_fees is not UNSET:
            field_dict["game_fees"] = game_fees
        if travel_fees is not UNSET:
            field_dict["travel_fees"] = travel_fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        formatted = d.pop("formatted", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_game_fees(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        game_fees = _parse_game_fees(d.pop("game_fees", UNSET))

        def _parse_travel_fees(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        travel_fees = _parse_travel_fees(d.pop("travel_fees", UNSET))

        fee = cls(
            value=value,
            formatted=formatted,
            currency=currency,
            description=description,
            game_fees=game_fees,
            travel_fees=travel_fees,
        )

        fee.additional_properties = d
        return fee

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
