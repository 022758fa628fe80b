from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.web_content_upload import WebContentUpload


T = TypeVar("T", bound="WebContentUploadList")


@_attrs_define
class WebContentUploadList:
    """`{"webContentUploads": [...]}`; a one-element array for a single item."""

    web_content_uploads: list[WebContentUpload]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_content_uploads = []
        for web_content_uploads_item_data in self.web_content_uploads:
            web_content_uploads_item = web_content_uploads_item_data.to_dict()
            web_content_uploads.append(web_content_uploads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webContentUploads": web_content_uploads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_content_upload import WebContentUpload  # noqa: PLC0415

        d = dict(src_dict)
        web_content_uploads = []
        _web_content_uploads = d.pop("webContentUploads")
        for web_content_uploads_item_data in _web_content_uploads:
            web_content_uploads_item = WebContentUpload.from_dict(web_content_uploads_item_data)

            web_content_uploads.append(web_content_uploads_item)

        web_content_upload_list = cls(
            web_content_uploads=web_content_uploads,
        )

        web_content_upload_list.additional_properties = d
        return web_content_upload_list

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
