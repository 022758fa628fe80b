from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_gradebook_items_totals_envelope_user_gradebook_items_totals import (
        UserGradebookItemsTotalsEnvelopeUserGradebookItemsTotals,
    )


T = TypeVar("T", bound="UserGradebookItemsTotalsEnvelope")


@_attrs_define
class UserGradebookItemsTotalsEnvelope:
    """Total points possible of the gradebook items a user can receive grades for. Only the meaning is documented; the
    envelope key is inferred from the route and the inner object is free-form.

    """

    user_gradebook_items_totals: UserGradebookItemsTotalsEnvelopeUserGradebookItemsTotals | Unset = UNSET
    """ The totals (field names not documented; the example's name is illustrative only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_gradebook_items_totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_gradebook_items_totals, Unset):
            user_gradebook_items_totals = self.user_gradebook_items_totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_gradebook_items_totals is not UNSET:
            field_dict["userGradebookItemsTotals"] = user_gradebook_items_totals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_gradebook_items_totals_envelope_user_gradebook_items_totals import (
            UserGradebookItemsTotalsEnvelopeUserGradebookItemsTotals,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _user_gradebook_items_totals = d.pop("userGradebookItemsTotals", UNSET)
        user_gradebook_items_totals: UserGradebookItemsTotalsEnvelopeUserGradebookItemsTotals | Unset
        if isinstance(_user_gradebook_items_totals, Unset):
            user_gradebook_items_totals = UNSET
        else:
            user_gradebook_items_totals = UserGradebookItemsTotalsEnvelopeUserGradebookItemsTotals.from_dict(
                _user_gradebook_items_totals
            )

        user_gradebook_items_totals_envelope = cls(
            user_gradebook_items_totals=user_gradebook_items_totals,
        )

        user_gradebook_items_totals_envelope.additional_properties = d
        return user_gradebook_items_totals_envelope

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
