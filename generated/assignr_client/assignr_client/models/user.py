from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links
    from ..models.user_embedded import UserEmbedded


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user: a person's profile within one site (an account has one user per site). Fields marked by client code only
    (`mi`, `street1`, `street2`, `home_phone`, `work_phone`, `observer`, `date_of_birth`) were never seen in a payload.
    [SAMPLE][PROD]

    """

    id: int
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mi: None | str | Unset = UNSET
    """ Middle initial (client code only). """
    street1: None | str | Unset = UNSET
    """ Client code only. """
    street2: None | str | Unset = UNSET
    """ Client code only. """
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    home_phone: None | str | Unset = UNSET
    """ Client code only. """
    work_phone: None | str | Unset = UNSET
    """ Client code only. """
    mobile_phone: None | str | Unset = UNSET
    home_phone_is_public: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    work_phone_is_public: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    mobile_phone_is_public: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    date_of_birth: None | str | Unset = UNSET
    """ Client code only; format unknown. """
    official: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    assignor: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    manager: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    observer: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    active: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    email_addresses: list[str] | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    field_links: Links | Unset = UNSET
    """ HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a
    game report can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`.
    Other names seen: a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's
    `game_report_webview`; a game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]
    """
    field_embedded: UserEmbedded | Unset = UNSET
    """ Objects embedded in a user. [SAMPLE] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        mi: None | str | Unset
        if isinstance(self.mi, Unset):
            mi = UNSET
        else:
            mi = self.mi

        street1: None | str | Unset
        if isinstance(self.street1, Unset):
            street1 = UNSET
        else:
            street1 = self.street1

        street2: None | str | Unset
        if isinstance(self.street2, Unset):
            street2 = UNSET
        else:
            street2 = self.street2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        home_phone: None | str | Unset
        if isinstance(self.home_phone, Unset):
            home_phone = UNSET
        else:
            home_phone = self.home_phone

        work_phone: None | str | Unset
        if isinstance(self.work_phone, Unset):
            work_phone = UNSET
        else:
            work_phone = self.work_phone

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        home_phone_is_public: bool | str | Unset
        if isinstance(self.home_phone_is_public, Unset):
            home_phone_is_public = UNSET
        elif isinstance(self.home_phone_is_public, BooleanString):
            home_phone_is_public = self.home_phone_is_public.value
        else:
            home_phone_is_public = self.home_phone_is_public

        work_phone_is_public: bool | str | Unset
        if isinstance(self.work_phone_is_public, Unset):
            work_phone_is_public = UNSET
        elif isinstance(self.work_phone_is_public, BooleanString):
            work_phone_is_public = self.work_phone_is_public.value
        else:
            work_phone_is_public = self.work_phone_is_public

        mobile_phone_is_public: bool | str | Unset
        if isinstance(self.mobile_phone_is_public, Unset):
            mobile_phone_is_public = UNSET
        elif isinstance(self.mobile_phone_is_public, BooleanString):
            mobile_phone_is_public = self.mobile_phone_is_public.value
        else:
            mobile_phone_is_public = self.mobile_phone_is_public

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = self.date_of_birth

        official: bool | str | Unset
        if isinstance(self.official, Unset):
            official = UNSET
        elif isinstance(self.official, BooleanString):
            official = self.official.value
        else:
            official = self.official

        assignor: bool | str | Unset
        if isinstance(self.assignor, Unset):
            assignor = UNSET
        elif isinstance(self.assignor, BooleanString):
            assignor = self.assignor.value
        else:
            assignor = self.assignor

        manager: bool | str | Unset
        if isinstance(self.manager, Unset):
            manager = UNSET
        elif isinstance(self.manager, BooleanString):
            manager = self.manager.value
        else:
            manager = self.manager

        observer: bool | str | Unset
        if isinstance(self.observer, Unset):
            observer = UNSET
        elif isinstance(self.observer, BooleanString):
            observer = self.observer.value
        else:
            observer = self.observer

        active: bool | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, BooleanString):
            active = self.active.value
        else:
            active = self.active

        email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.email_addresses, Unset):
            email_addresses = self.email_addresses

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
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if mi is not UNSET:
            field_dict["mi"] = mi
        if street1 is not UNSET:
            field_dict["street1"] = street1
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if home_phone is not UNSET:
            field_dict["home_phone"] = home_phone
        if work_phone is not UNSET:
            field_dict["work_phone"] = work_phone
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if home_phone_is_public is not UNSET:
            field_dict["home_phone_is_public"] = home_phone_is_public
        if work_phone_is_public is not UNSET:
            field_dict["work_phone_is_public"] = work_phone_is_public
        if mobile_phone_is_public is not UNSET:
            field_dict["mobile_phone_is_public"] = mobile_phone_is_public
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if official is not UNSET:
            field_dict["official"] = official
        if assignor is not UNSET:
            field_dict["assignor"] = assignor
        if manager is not UNSET:
            field_dict["manager"] = manager
        if observer is not UNSET:
            field_dict["observer"] = observer
        if active is not UNSET:
            field_dict["active"] = active
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = email_addresses
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
        from ..models.user_embedded import UserEmbedded  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_mi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mi = _parse_mi(d.pop("mi", UNSET))

        def _parse_street1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street1 = _parse_street1(d.pop("street1", UNSET))

        def _parse_street2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street2 = _parse_street2(d.pop("street2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postal_code", UNSET))

        def _parse_home_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home_phone = _parse_home_phone(d.pop("home_phone", UNSET))

        def _parse_work_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_phone = _parse_work_phone(d.pop("work_phone", UNSET))

        def _parse_mobile_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_phone = _parse_mobile_phone(d.pop("mobile_phone", UNSET))

        def _parse_home_phone_is_public(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        home_phone_is_public = _parse_home_phone_is_public(d.pop("home_phone_is_public", UNSET))

        def _parse_work_phone_is_public(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        work_phone_is_public = _parse_work_phone_is_public(d.pop("work_phone_is_public", UNSET))

        def _parse_mobile_phone_is_public(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        mobile_phone_is_public = _parse_mobile_phone_is_public(d.pop("mobile_phone_is_public", UNSET))

        def _parse_date_of_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        def _parse_official(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        official = _parse_official(d.pop("official", UNSET))

        def _parse_assignor(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        assignor = _parse_assignor(d.pop("assignor", UNSET))

        def _parse_manager(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        manager = _parse_manager(d.pop("manager", UNSET))

        def _parse_observer(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        observer = _parse_observer(d.pop("observer", UNSET))

        def _parse_active(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        email_addresses = cast(list[str], d.pop("email_addresses", UNSET))

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
        field_embedded: UserEmbedded | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = UserEmbedded.from_dict(_field_embedded)

        user = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            mi=mi,
            street1=street1,
            street2=street2,
            city=city,
            state=state,
            postal_code=postal_code,
            home_phone=home_phone,
            work_phone=work_phone,
            mobile_phone=mobile_phone,
            home_phone_is_public=home_phone_is_public,
            work_phone_is_public=work_phone_is_public,
            mobile_phone_is_public=mobile_phone_is_public,
            date_of_birth=date_of_birth,
            official=official,
            assignor=assignor,
            manager=manager,
            observer=observer,
            active=active,
            email_addresses=email_addresses,
            created=created,
            updated=updated,
            field_links=field_links,
            field_embedded=field_embedded,
        )

        user.additional_properties = d
        return user

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
