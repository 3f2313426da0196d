"""Signing and timestamps as the JD.ID gateway defines them."""

from __future__ import annotations

import hashlib
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.jdid import format_timestamp, parse_timestamp, sign


def test_check_value_from_the_protocol_document():
    assert sign("appKey", {"name": "你好", "gender": "male"}) == "FE04EC03BA8A619802CF309959C2B43F"


def test_sign_itself_is_not_signed():
    params = {"method": "m", "app_key": "k"}
    assert sign("s", params) == sign("s", {**params, "sign": "ABC"})


def test_keys_sorted_by_byte_order_and_values_raw():
    params = {"b": "2", "B": "x y&z", "a": "1"}
    body = "Bx y&za1b2"  # "B" < "a" < "b" in byte order; no URL-encoding
    assert sign("S", params) == hashlib.md5(f"S{body}S".encode()).hexdigest().upper()


@given(st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=12), max_size=8))
def test_any_parameter_order_gives_the_same_signature(params):
    forward = dict(params)
    backward = dict(reversed(list(params.items())))
    assert sign("secret", forward) == sign("secret", backward)


def test_timestamp_carries_its_utc_offset_and_round_trips():
    now = 1_700_000_000.123
    text = format_timestamp(now)
    assert len(text) == len("2022-06-22 15:12:56.074+0700")
    assert text[-5] in "+-"
    assert parse_timestamp(text) == pytest.approx(now, abs=0.001)


@pytest.mark.parametrize(
    ("text", "epoch"),
    [
        ("2022-06-22 15:12:56.074+0700", 1655885576.074),
        ("2022-06-22 08:12:56.074+0000", 1655885576.074),
        ("2022-06-22 10:12:56.074+02:00", 1655885576.074),
        ("2022-06-22 08:12:56Z", 1655885576.0),
        ("2022-06-22 15:12:56", 1655885576.0),  # no offset: the platform's +0700
    ],
)
def test_parse_timestamp_honours_any_offset(text, epoch):
    assert parse_timestamp(text) == pytest.approx(epoch, abs=0.001)


@pytest.mark.parametrize("text", ["", "yesterday", "2022-13-01 00:00:00", "2022-06-22"])
def test_parse_timestamp_rejects_garbage(text):
    with pytest.raises(ValueError):
        parse_timestamp(text)


def test_format_timestamp_is_now_by_default():
    assert abs(parse_timestamp(format_timestamp()) - time.time()) < 2
