"""LearningStudio OAuth 1.0a signing follows Pearson's library (reference section 2.4)."""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.cmac import CMAC

from apicontracts.fuzz.oauth1 import OAuth1Keys, authorization
from apicontracts.learningstudio_signing import base_string, form_encode

KEYS = OAuth1Keys(application_id="app", consumer_key="ck", shared_secret="0123456789abcdef")
OAUTH = {
    "oauth_consumer_key": "ck",
    "application_id": "app",
    "oauth_signature_method": "CMAC-AES",
    "oauth_timestamp": "1700000000",
    "oauth_nonce": "abc",
}


def test_values_are_form_encoded_like_javas_url_encoder() -> None:
    assert form_encode("a b~*/=&") == "a+b%7E*%2F%3D%26"


def test_base_string_sorts_oauth_and_query_parameters_case_insensitively() -> None:
    normalized = (
        "application_id=app&expand=course&oauth_consumer_key=ck&oauth_nonce=abc"
        "&oauth_signature_method=CMAC-AES&oauth_timestamp=1700000000&Zeta=1"
    )
    assert (
        base_string("get", "/users/123/courses", "expand=course&Zeta=1", OAUTH, None)
        == f"GET&%2Fusers%2F123%2Fcourses&{form_encode(normalized)}"
    )


def test_post_and_put_sign_their_body_base64_encoded_twice_url_encoded() -> None:
    signed = base_string("POST", "/courses/1/items", "", OAUTH, b'{"a":1}')
    assert form_encode("body=eyJhIjoxfQ%253D%253D") in signed
    assert "body" not in base_string("DELETE", "/courses/1/items", "", OAUTH, b"x")


def test_header_carries_realm_parameters_in_library_order_and_the_cmac_signature() -> None:
    url = "https://api.learningstudio.com/me/courses.json?expand=course"
    header = authorization(KEYS, "GET", url, None, nonce="abc", timestamp=1700000000)
    mac = CMAC(algorithms.AES(KEYS.shared_secret.encode()))
    mac.update(base_string("GET", "/me/courses.json", "expand=course", OAUTH, None).encode())
    signature = form_encode(base64.b64encode(mac.finalize()).decode())
    assert header == (
        'OAuth realm="https://api.learningstudio.com/me/courses.json",oauth_consumer_key="ck",'
        'application_id="app",oauth_signature_method="CMAC-AES",oauth_timestamp="1700000000",'
        f'oauth_nonce="abc",oauth_signature="{signature}"'
    )


def test_every_request_gets_a_fresh_32_character_nonce() -> None:
    first, second = (authorization(KEYS, "GET", "https://h/x", None) for _ in range(2))
    nonces = [header.split('oauth_nonce="')[1].split('"')[0] for header in (first, second)]
    assert nonces[0] != nonces[1]
    assert all(len(nonce) == 32 and nonce.isalnum() for nonce in nonces)
