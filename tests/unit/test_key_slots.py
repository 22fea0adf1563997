import base64
import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpkeeper.vault import keys


def _key_file_with_one_slot():
    data_key = keys.new_data_key()
    key_file = keys.new_key_file()
    slot = keys.make_slot(
        data_key,
        b"kettle garden blue",
        vault_id=key_file.vault_id,
        kind=keys.PASSPHRASE,
        label="passphrase",
    )
    return data_key, key_file.with_slot(slot)


def test_a_slot_gives_back_the_data_key_for_the_right_secret():
    data_key, key_file = _key_file_with_one_slot()
    parsed = keys.parse(key_file.to_bytes())
    assert keys.open_slot(parsed.slots[0], b"kettle garden blue", parsed.vault_id) == data_key


def test_a_wrong_secret_does_not_fit():
    _, key_file = _key_file_with_one_slot()
    with pytest.raises(keys.SecretDoesNotFit):
        keys.open_slot(key_file.slots[0], b"kettle garden blu", key_file.vault_id)


def test_weakening_the_key_derivation_makes_the_slot_fail():
    _, key_file = _key_file_with_one_slot()
    body = json.loads(key_file.to_bytes())
    body["slots"][0]["kdf"]["t"] = body["slots"][0]["kdf"]["t"] + 1
    tampered = keys.parse(json.dumps(body).encode())
    with pytest.raises(keys.SecretDoesNotFit):
        keys.open_slot(tampered.slots[0], b"kettle garden blue", tampered.vault_id)


def test_a_slot_moved_to_another_vault_does_not_open():
    _, key_file = _key_file_with_one_slot()
    other_vault = keys.new_key_file().vault_id
    with pytest.raises(keys.SecretDoesNotFit):
        keys.open_slot(key_file.slots[0], b"kettle garden blue", other_vault)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("m_kib", 4 * 1024 * 1024),
        ("t", 1000),
        ("p", 64),
        ("m_kib", 0),
        ("v", 16),
        ("alg", "scrypt"),
    ],
)
def test_out_of_range_settings_are_refused_before_any_key_derivation(monkeypatch, field, value):
    _, key_file = _key_file_with_one_slot()
    body = json.loads(key_file.to_bytes())
    body["slots"][0]["kdf"][field] = value

    def no_kdf(*_args, **_kwargs):
        raise AssertionError("key derivation must not run")

    monkeypatch.setattr(keys, "_argon2", no_kdf)
    with pytest.raises(keys.KeyFileError):
        keys.parse(json.dumps(body).encode())


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b.update(format="something else"),
        lambda b: b.update(version=99),
        lambda b: b.update(vault_id="not-a-uuid"),
        lambda b: b.update(slots=[]),
        lambda b: b["slots"][0]["wrap"].update(ct=base64.b64encode(b"short").decode()),
        lambda b: b["slots"][0]["wrap"].update(nonce="***"),
        lambda b: b["slots"][0].update(kind="master"),
        lambda b: b["slots"].append(dict(b["slots"][0])),
    ],
)
def test_malformed_key_files_are_refused(mutate):
    _, key_file = _key_file_with_one_slot()
    body = json.loads(key_file.to_bytes())
    mutate(body)
    with pytest.raises(keys.KeyFileError):
        keys.parse(json.dumps(body).encode())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_parser(raw):
    with contextlib.suppress(keys.KeyFileError):
        keys.parse(raw)


@settings(max_examples=300)
@given(st.data())
def test_mutated_key_files_only_ever_raise_key_file_error(data):
    _, key_file = _key_file_with_one_slot()
    raw = bytearray(key_file.to_bytes())
    for _ in range(data.draw(st.integers(1, 5))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    try:
        parsed = keys.parse(bytes(raw))
    except keys.KeyFileError:
        return
    for slot in parsed.slots:
        with contextlib.suppress(keys.SecretDoesNotFit):
            keys.open_slot(slot, b"kettle garden blue", parsed.vault_id)


def test_calibrated_cost_meets_the_minimum():
    cost = keys.calibrated_cost()
    assert cost.memory_kib >= 64 * 1024 and cost.iterations >= 3 and cost.lanes >= 4
