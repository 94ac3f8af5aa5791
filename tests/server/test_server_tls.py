"""TLS to the team server: verify-full connects only to the server its CA vouches for, by
name; nothing weaker is used in its place. Against the test cluster's own CA."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ServerDatabase

from trainer.core.server.connection import ServerError, connect


@pytest.fixture
def ca_file(pg_database: ServerDatabase) -> str:
    if pg_database.server.ca_file is None:
        pytest.skip("the test server has no TLS certificate (openssl missing, or TRAINER_TEST_PG)")
    return pg_database.server.ca_file


def tls_url(db: ServerDatabase, host: str, ca: str) -> str:
    return (
        f"postgresql://{host}:{db.server.port}/{db.name}?user={db.server.admin}"
        f"&sslmode=verify-full&sslrootcert={ca}"
    )


def test_verify_full_connects_encrypted_to_the_server_its_ca_names(
    pg_database: ServerDatabase, ca_file: str
) -> None:
    # The test cluster's certificate names "localhost"; the passfile line names the address.
    pg_database.passfile.write_text(
        pg_database.passfile.read_text().replace(pg_database.server.host, "localhost", 1)
    )
    with connect(tls_url(pg_database, "localhost", ca_file)) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (True,)


def test_a_certificate_for_another_name_is_refused(
    pg_database: ServerDatabase, ca_file: str
) -> None:
    with pytest.raises(ServerError, match=r"TLS connection to 127\.0\.0\.1") as refused:
        connect(tls_url(pg_database, "127.0.0.1", ca_file))
    assert "does not match host name" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_certificate_from_another_ca_is_refused(
    pg_database: ServerDatabase, ca_file: str, tmp_path: Path
) -> None:
    openssl = shutil.which("openssl")
    assert openssl is not None  # the cluster's certificate was made with it
    other = tmp_path / "other-ca.crt"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(tmp_path / "other.key"), "-out", str(other), "-days", "1",
         "-subj", "/CN=another CA"],
        check=True, capture_output=True,
    )  # fmt: skip
    with pytest.raises(ServerError, match="TLS connection to localhost") as refused:
        connect(tls_url(pg_database, "localhost", str(other)))
    assert "certificate verify failed" in str(refused.value)


def test_a_missing_ca_file_is_one_sentence_that_offers_no_weaker_mode(
    pg_database: ServerDatabase, ca_file: str, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-ca.crt"
    with pytest.raises(ServerError) as refused:
        connect(tls_url(pg_database, "localhost", str(missing)))
    message = str(refused.value)
    assert message.startswith(f"the CA certificate file {missing} does not exist")
    assert "disable" not in message and "\n" not in message
