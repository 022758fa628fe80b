from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_view_response import UserViewResponse


T = TypeVar("T", bound="UserViewResponseList")


@_attrs_define
class UserViewResponseList:
    """Posts with the user's read flag (one element for the single-post route). Key inferred from the route."""

    user_view_responses: list[UserViewResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_view_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_view_responses, Unset):
            user_view_responses = []
            for user_view_responses_item_data in self.user_view_responses:
                user_view_responses_item = user_view_responses_item_data.to_dict()
                user_view_responses.append(user_view_responses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_view_responses is not UNSET:
            field_dict["userViewResponses"] = user_view_responses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_view_response import UserViewResponse  # noqa: PLC0415

        d = dict(src_dict)
        _user_view_responses = d.pop("userViewResponses", UNSET)
        user_view_responses: list[UserViewResponse] | Unset = UNSET
        if _user_view_responses is not UNSET:
            user_view_responses = []
            for user_view_responses_item_data in _user_view_responses:
                user_view_responses_item = UserViewResponse.from_dict(user_view_responses_item_data)

                user_view_responses.append(user_view_responses_item)

        user_view_response_list = cls(
            user_view_responses=user_view_responses,
        )

        user_view_response_list.additional_properties = d
        return user_view_response_list

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
