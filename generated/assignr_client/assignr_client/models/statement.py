from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links
    from ..models.statement_embedded import StatementEmbedded


T = TypeVar("T", bound="Statement")


@_attrs_define
class Statement:
    """A payment statement of the caller. Field names come from a production client's key dump (BMD); no payload was
    recorded, so the example values are illustrative. [PROD]

    """

    id: int
    statement_date: str | Unset = UNSET
    """ Date of the statement; value format not seen. """
    description: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ Statement status; values unknown. """
    amount: float | Unset = UNSET
    amount_paid: float | Unset = UNSET
    currency: str | Unset = UNSET
    formatted_amount: str | Unset = UNSET
    formatted_amount_paid: str | Unset = UNSET
    payor_name: None | str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    field_links: Links | Unset = UNSET
    """ HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a
    game report can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`.
    Other names seen: a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's
    `game_report_webview`; a game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]
    """
    field_embedded: StatementEmbedded | Unset = UNSET
    """ Objects embedded in a statement. [PROD] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        statement_date = self.statement_date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status = self.status

        amount = self.amount

        amount_paid = self.amount_paid

        currency = self.currency

        formatted_amount = self.formatted_amount

        formatted_amount_paid = self.formatted_amount_paid

        payor_name: None | str | Unset
        if isinstance(self.payor_name, Unset):
            payor_name = UNSET
        else:
            payor_name = self.payor_name

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_embedded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_embedded, Unset):
            field_embedded = self.field_embedded.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if statement_date is not UNSET:
            field_dict["statement_date"] = statement_date
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if currency is not UNSET:
            field_dict["currency"] = currency
        if formatted_amount is not UNSET:
            field_dict["formatted_amount"] = formatted_amount
        if formatted_amount_paid is not UNSET:
            field_dict["formatted_amount_paid"] = formatted_amount_paid
        if payor_name is not UNSET:
            field_dict["payor_name"] = payor_name
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if field_embedded is not UNSET:
            field_dict["_embedded"] = field_embedded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415
        from ..models.statement_embedded import StatementEmbedded  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        statement_date = d.pop("statement_date", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        status = d.pop("status", UNSET)

        amount = d.pop("amount", UNSET)

        amount_paid = d.pop("amount_paid", UNSET)

        currency = d.pop("currency", UNSET)

        formatted_amount = d.pop("formatted_amount", UNSET)

        formatted_amount_paid = d.pop("formatted_amount_paid", UNSET)

        def _parse_payor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payor_name = _parse_payor_name(d.pop("payor_name", UNSET))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: StatementEmbedded | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = StatementEmbedded.from_dict(_field_embedded)

        statement = cls(
            id=id,
            statement_date=statement_date,
            description=description,
            status=status,
            amount=amount,
            amount_paid=amount_paid,
            currency=currency,
            formatted_amount=formatted_amount,
            formatted_amount_paid=formatted_amount_paid,
            payor_name=payor_name,
            created=created,
            updated=updated,
            field_links=field_links,
            field_embedded=field_embedded,
        )

        statement.additional_properties = d
        return statement

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
