from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dropbox_message_create_messages_item import DropboxMessageCreateMessagesItem


T = TypeVar("T", bound="DropboxMessageCreate")


@_attrs_define
class DropboxMessageCreate:
    """Body of a dropbox submission (INFERRED, not observed): a one-element `messages` array with comments and attachments
    that reference files uploaded with `POST /tempfiles`, on the pattern of doc sharing uploads.

    """

    messages: list[DropboxMessageCreateMessagesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dropbox_message_create_messages_item import DropboxMessageCreateMessagesItem  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = DropboxMessageCreateMessagesItem.from_dict(messages_item_data)

            messages.append(messages_item)

        dropbox_message_create = cls(
            messages=messages,
        )

        dropbox_message_create.additional_properties = d
        return dropbox_message_create

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
