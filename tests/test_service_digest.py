"""POST /v1/digest on real SaudiNewsNet dev articles: the library's digest, the CLI's row errors,
limits and the JSON error shape."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the HTTP service needs the serve extra")

import jsonschema
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import khulasa
from khulasa.cli import app as cli_app
from khulasa.digest import DigestConfig
from khulasa.service import ServiceSettings, create_app

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs/digest.schema.json").read_text())
# Three papers on one event (2015-07-22: ex-Egyptian PM Nazif sentenced), and other stories.
NAZIF = ("snn-8b847bddc42e", "snn-a17e8cec1395", "snn-ea7e03d42e33")
OTHERS = ("snn-b60d8063c808", "snn-1d75704250e8", "snn-d60d38717840")
TEST_HOSTS = ("testserver",)


@pytest.fixture(scope="module")
def day(story_day: list[dict]) -> list[dict]:
    return story_day


@pytest.fixture(scope="module")
def client() -> TestClient:
    settings = ServiceSettings(max_digest_articles=12, workers=1, allowed_hosts=TEST_HOSTS)
    with TestClient(create_app(settings)) as client:
        yield client


def assert_error(response, status: int, reason: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["reason"] == reason
    assert body["error"]["message"] and "Traceback" not in response.text


def test_digest_is_the_library_digest(client: TestClient, day: list[dict]) -> None:
    response = client.post("/v1/digest", json={"articles": day, "min_sources": 2})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    jsonschema.validate(data, SCHEMA)
    assert data == khulasa.digest(day, DigestConfig(min_sources=2)).to_dict()
    assert [sorted(a["id"] for a in s["articles"]) for s in data["stories"]] == [sorted(NAZIF)]
    box = data["stories"][0]["highlights"]
    assert len([b for b in box if len(b["sources"]) >= 2]) >= 3
    assert sorted(data["omitted"]) == sorted(OTHERS)
    assert "نظيف".encode() in response.content  # Arabic as UTF-8, not \u-escapes


def test_row_errors_are_the_cli_errors(client: TestClient, day: list[dict],
                                       tmp_path: Path) -> None:
    english = {"id": "en", "text": "This row is written in English and has no Arabic in it at all."}
    rows = [day[2], {"id": "blank", "text": "  "}, {"title": "بلا نص", "source": "x"}, english,
            {**day[3], "date": "not a date"}, {**day[2], "title": "نسخة"}]
    response = client.post("/v1/digest", json={"articles": rows, "by_day": True})
    assert response.status_code == 200, response.text
    data = response.json()
    jsonschema.validate(data, SCHEMA)

    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    out = tmp_path / "digest.json"
    run = CliRunner().invoke(cli_app, ["digest", str(source), "--by", "day", "--out", str(out)])
    assert run.exit_code == 0, run.output
    assert data["errors"] == json.loads(out.read_text("utf-8"))["errors"]
    assert [e["reason"] for e in data["errors"]] == ["empty", "malformed", "not_arabic",
                                                     "duplicate_id"]
    assert [e["line"] for e in data["errors"]] == [2, 3, 4, 6]
    placed = [a["id"] for s in data["stories"] for a in s["articles"]] + data["omitted"]
    assert sorted(placed) == sorted([day[2]["id"], day[3]["id"]])


def test_hostile_metadata_comes_back_as_data(client: TestClient, day: list[dict]) -> None:
    # A lone surrogate arrives as a JSON escape (it is not UTF-8) and goes back as one.
    row = {**day[2], "title": '<img src=x onerror="x()"> \ud800', "url": "javascript:alert(1)"}
    body = json.dumps({"articles": [row]}).encode("ascii")
    response = client.post("/v1/digest", content=body,
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    article = response.json()["stories"][0]["articles"][0]
    assert article["title"] == row["title"] and article["url"] == row["url"]


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        ({"articles": []}, 422, "invalid_request"),
        ({"articles": ["نص"]}, 422, "invalid_request"),
        ({"articles": [{"text": 5}]}, 422, "invalid_request"),
        ({"articles": [{"text": "نص"}], "min_sources": 0}, 422, "invalid_request"),
        ({"articles": [{"text": "نص"}], "by": "week"}, 422, "invalid_request"),
        ({"articles": [{"id": str(i), "text": "نص"} for i in range(13)]}, 413, "too_large"),
    ],
)
def test_bad_requests_get_json_errors(client: TestClient, body: dict, status: int,
                                      reason: str) -> None:
    assert_error(client.post("/v1/digest", json=body), status, reason)


def test_body_over_the_limit_is_413(day: list[dict]) -> None:
    size = len(json.dumps({"articles": day}, ensure_ascii=False).encode())
    settings = ServiceSettings(max_body_bytes=size // 2, workers=1, allowed_hosts=TEST_HOSTS)
    with TestClient(create_app(settings)) as small:
        assert_error(small.post("/v1/digest", json={"articles": day}), 413, "too_large")


def test_digest_past_its_time_is_504(shared_data: Path) -> None:
    # 150 different articles: seconds of work, stopped at the request's one-second budget.
    with gzip.open(shared_data / "saudinewsnet/dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        many = [json.loads(line) for line in itertools.islice(lines, 150)]
    settings = ServiceSettings(timeout_seconds=1.0, max_digest_articles=150, workers=1,
                               allowed_hosts=TEST_HOSTS)
    with TestClient(create_app(settings)) as slow:
        assert_error(slow.post("/v1/digest", json={"articles": many}), 504, "timeout")
        assert slow.get("/healthz").json()["status"] == "ok"


def test_digest_is_in_the_openapi_schema(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/v1/digest"]["post"]
    assert {"200", "413", "422", "504"} <= set(operation["responses"])
    request = spec["components"]["schemas"]["DigestRequest"]
    assert request["required"] == ["articles"] and "min_sources" in request["properties"]
