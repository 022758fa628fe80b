from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.temp_file_links import TempFileLinks


T = TypeVar("T", bound="DropboxMessageCreateMessagesItemAttachmentsItem")


@_attrs_define
class DropboxMessageCreateMessagesItemAttachmentsItem:
    name: str | Unset = UNSET
    content: TempFileLinks | Unset = UNSET
    """ Reference to uploaded temporary files: `{"links": [{"href": "{tempFile.fileLocation}", "rel": "related"}]}`
    (pattern used by doc sharing uploads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.temp_file_links import TempFileLinks  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _content = d.pop("content", UNSET)
        content: TempFileLinks | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = TempFileLinks.from_dict(_content)

        dropbox_message_create_messages_item_attachments_item = cls(
            name=name,
            content=content,
        )

        dropbox_message_create_messages_item_attachments_item.additional_properties = d
        return dropbox_message_create_messages_item_attachments_item

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
