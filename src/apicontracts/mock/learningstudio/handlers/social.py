"""The Social API: avatars and profiles by personaId `{clientString}_{username}` (reference 5.15)."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Record, Reply
from apicontracts.mock.learningstudio.access import Context, forbidden, not_found
from apicontracts.mock.learningstudio.multipart import Part, read_parts

IMAGE_SIGNATURES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif"}
PROFILE_LISTS = ("interests", "books", "music", "movies")


def persona(ctx: Context) -> Record:
    """The user a personaId names: 400 when it is not `{clientString}_{username}`, 404 for nobody."""
    client_string, underscore, username = str(ctx.call.path["personaId"]).partition("_")
    if not underscore or not client_string or not username:
        raise ApiProblem(400, "A personaId is {clientString}_{username}")
    users = ctx.store.find("users", {"userName": username, "clientString": client_string}, limit=1)
    if not users:
        raise not_found(f"no persona {ctx.call.path['personaId']}")
    return users[0]


def own_persona(ctx: Context) -> Record:
    user = persona(ctx)
    if user.id != ctx.caller_id:
        raise forbidden("a user may only change their own persona")
    return user


def _image(call: Call) -> tuple[str, bytes]:
    """The uploaded image and its media type; 406 when the part is not an image."""
    parts: list[Part] = [part for part in read_parts(call.request.body) if part.name == "image"]
    if not parts:
        raise ApiProblem(400, "The multipart body has no image part")
    data = parts[0].data
    for signature, media in IMAGE_SIGNATURES.items():
        if data.startswith(signature):
            return media, data
    raise ApiProblem(406, "The uploaded part is not a PNG, JPEG or GIF image")


def get_avatar(call: Call) -> Reply:
    ctx = Context(call)
    persona(ctx)
    avatar = ctx.store.get("avatars", str(call.path["personaId"]))
    if avatar is None:
        raise not_found("the persona has no avatar")
    return Reply(200, avatar.data["content"].encode("latin-1"), media_type=avatar.data["mediaType"])


def create_avatar(call: Call) -> Reply:
    ctx = Context(call)
    own_persona(ctx)
    media, data = _image(call)
    key = str(call.path["personaId"])
    record = {"id": key, "mediaType": media, "content": data.decode("latin-1")}
    if ctx.store.get("avatars", key) is None:
        ctx.store.insert("avatars", record, id=key)
    else:
        ctx.store.replace("avatars", key, record)
    return call.reply(201, None, {"Location": f"{call.base_url}/social/v1/avatar/{key}"})


def update_avatar(call: Call) -> Reply:
    ctx = Context(call)
    own_persona(ctx)
    key = str(call.path["personaId"])
    if ctx.store.get("avatars", key) is None:
        raise not_found("the persona has no avatar yet (use POST)")
    media, data = _image(call)
    ctx.store.replace("avatars", key, {"id": key, "mediaType": media, "content": data.decode("latin-1")})
    return call.reply(204)


def delete_avatar(call: Call) -> Reply:
    ctx = Context(call)
    own_persona(ctx)
    if not ctx.store.delete("avatars", str(call.path["personaId"])):
        raise not_found("the persona has no avatar")
    return call.reply(204)


def _profile(ctx: Context, user: Record) -> dict[str, Any]:
    key = str(ctx.call.path["personaId"])
    stored = ctx.store.get("socialProfiles", key)
    data: dict[str, Any] = stored.data if stored else {}
    profile: dict[str, Any] = {
        "id": key,
        "name": {"givenName": user.data["firstName"], "familyName": user.data["lastName"]},
        "nickname": data.get("nickname", user.data["firstName"]),
    }
    profile.update({name: list(data.get(name, [])) for name in PROFILE_LISTS})
    return profile


def get_social_person(call: Call) -> Reply:
    ctx = Context(call)
    return Reply(200, _profile(ctx, persona(ctx)), media_type="application/json")


def update_social_person(call: Call) -> Reply:
    ctx = Context(call)
    user = own_persona(ctx)
    key = str(call.path["personaId"])
    changes = {name: call.body[name] for name in ("nickname", *PROFILE_LISTS) if name in call.body}
    if ctx.store.get("socialProfiles", key) is None:
        ctx.store.insert("socialProfiles", {"id": key, "userId": user.id, **changes}, id=key)
    else:
        ctx.store.update("socialProfiles", key, changes)
    return call.reply(204)


HANDLERS: dict[str, Handler] = {
    "getAvatar": get_avatar,
    "getAvatarThumbnail": get_avatar,
    "createAvatar": create_avatar,
    "updateAvatar": update_avatar,
    "deleteAvatar": delete_avatar,
    "getSocialPerson": get_social_person,
    "updateSocialPerson": update_social_person,
}
