"""The HTTP API in-process: summaries as the library gives them, limits, JSON errors, schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the HTTP service needs the serve extra")
pytest.importorskip("trafilatura", reason="the HTTP service needs the serve extra")

import jsonschema
from fastapi.testclient import TestClient
from offsets import kept_in_order

from khulasa import SummaryConfig, summarize
from khulasa.service import ServiceSettings, create_app
from khulasa.service.webpage import html_to_text, strip_tags

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs/summary.schema.json").read_text())
NAV = "الرئيسية | سياسة | اقتصاد | رياضة | اتصل بنا"
FOOTER = "جميع الحقوق محفوظة لصحيفة الخليج ٢٠١٧"


def as_web_page(article: str) -> str:
    """The article as a news site would serve it: navigation, paragraphs, a footer, a script."""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in article.splitlines() if line.strip())
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<title>تقارب تركي روسي</title><script>var tracking = 'لا تلخصني';</script></head>"
        f"<body><nav><ul><li>{NAV}</li></ul></nav><main><article><h1>المشهد التركي</h1>"
        f"{paragraphs}</article></main><footer>{FOOTER}</footer></body></html>"
    )


# TestClient sends Host: testserver; the service answers only the hosts it is told to.
TEST_HOSTS = ("testserver",)


@pytest.fixture(scope="module")
def client() -> TestClient:
    settings = ServiceSettings(
        max_batch=4, max_body_bytes=200_000, workers=2, allowed_hosts=TEST_HOSTS
    )
    with TestClient(create_app(settings)) as client:
        yield client


def assert_error(response, status: int, reason: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"reason", "message"}
    assert body["error"]["reason"] == reason
    assert "Traceback" not in response.text and "/work/" not in response.text


def test_summarize_text_matches_the_library(client: TestClient, example_text: str) -> None:
    response = client.post("/v1/summarize", json={"text": example_text, "sentences": 2})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    jsonschema.validate(data, SCHEMA)
    expected = summarize(example_text, SummaryConfig(sentences=2)).to_dict()
    assert data == json.loads(json.dumps(expected))
    assert len(data["sentences"]) == 2 and len(data["highlights"]) == 5
    assert data["headline"]["text"].split()[0] in example_text  # cut from the article
    # Arabic travels as UTF-8, not \u-escapes.
    assert "أنقرة".encode() in response.content


def test_offsets_point_into_source(client: TestClient, example_text: str) -> None:
    data = client.post("/v1/summarize", json={"text": example_text, "highlights": 4}).json()
    assert len(data["highlights"]) == 4
    for passage in data["sentences"]:
        assert data["source"][passage["start"] : passage["end"]] == passage["text"]
    # Headline and highlights: their source stretch, deleted words (honorifics, dates) left out.
    for passage in [data["headline"], *data["highlights"]]:
        assert kept_in_order(passage["text"], data["source"][passage["start"] : passage["end"]]), passage


def test_word_budget(client: TestClient, example_text: str) -> None:
    data = client.post("/v1/summarize", json={"text": example_text, "words": 40}).json()
    assert data["sentences"]
    total = sum(len(s["text"].split()) for s in data["sentences"])
    assert total <= 40 or len(data["sentences"]) == 1


def test_html_page_is_reduced_to_the_article(client: TestClient, example_text: str) -> None:
    page = as_web_page(example_text)
    response = client.post("/v1/summarize", json={"html": page, "sentences": 3})
    assert response.status_code == 200, response.text
    data = response.json()
    jsonschema.validate(data, SCHEMA)
    assert data["headline"]["text"].split()[0] in example_text  # cut from the article
    assert 1 <= len(data["sentences"]) <= 3 and len(data["highlights"]) >= 3  # at most a third
    assert NAV not in data["source"] and FOOTER not in data["source"]
    assert "tracking" not in data["source"] and "<p>" not in data["source"]
    assert "أنقرةوواشنطن" not in data["source"]  # the library still repairs run-together words


def test_html_extraction_keeps_paragraphs(example_text: str) -> None:
    text = html_to_text(as_web_page(example_text))
    first_line = example_text.splitlines()[0]
    assert first_line[:60] in text
    assert text.count("\n") >= 1


def test_strip_tags_fallback_keeps_visible_text_only() -> None:
    html = (
        "<div><h2>عاجل</h2><p>قال المتحدث باسم الحكومة إن المفاوضات مستمرة.</p>"
        "<style>p{color:red}</style><script>alert('x')</script><p>وأضاف أن النتائج &quot;مشجعة&quot;.</p></div>"
    )
    assert (
        strip_tags(html)
        == 'عاجل\nقال المتحدث باسم الحكومة إن المفاوضات مستمرة.\nوأضاف أن النتائج "مشجعة".'
    )


def test_tiny_html_falls_back_to_tag_stripping(client: TestClient) -> None:
    html = "<p>أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة.</p>"
    response = client.post("/v1/summarize", json={"html": html, "sentences": 1})
    assert response.status_code == 200, response.text
    assert response.json()["sentences"][0]["text"].startswith("أعلنت وزارة الصحة")


@pytest.mark.parametrize("payload", [{"text": ""}, {"text": "   \n\t "}, {"html": "  "}])
def test_empty_input_is_400_empty(client: TestClient, payload: dict) -> None:
    assert_error(client.post("/v1/summarize", json=payload), 400, "empty")


def test_html_without_text_is_400_empty(client: TestClient) -> None:
    assert_error(client.post("/v1/summarize", json={"html": "<div><br></div>"}), 400, "empty")


def test_non_arabic_is_400_not_arabic(client: TestClient) -> None:
    text = "The Turkish president met his Russian counterpart in Sochi on Wednesday."
    assert_error(client.post("/v1/summarize", json={"text": text}), 400, "not_arabic")


def test_lone_surrogate_is_400_not_500(client: TestClient) -> None:
    body = '{"text": "قال الرئيس إن \\ud800 العلاقات جيدة"}'
    response = client.post(
        "/v1/summarize", content=body, headers={"content-type": "application/json"}
    )
    assert_error(response, 400, "invalid_utf8")


def test_oversize_body_is_413_before_parsing(client: TestClient, example_text: str) -> None:
    big = {"text": example_text * 100}  # ~400 KB of valid Arabic, over the 200 KB test limit
    assert_error(client.post("/v1/summarize", json=big), 413, "too_large")
    # Not even JSON: refused by size before anything tries to parse it.
    response = client.post(
        "/v1/summarize", content=b"{" * 300_000, headers={"content-type": "application/json"}
    )
    assert_error(response, 413, "too_large")


def test_oversize_chunked_body_without_length_is_413(client: TestClient) -> None:
    def chunks():
        for _ in range(30):
            yield b"x" * 10_000

    response = client.post(
        "/v1/summarize", content=chunks(), headers={"content-type": "application/json"}
    )
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "too_large")


def test_text_over_library_limit_is_413() -> None:
    # Body limit above the text: the library's own size check answers, also with 413.
    app = create_app(ServiceSettings(max_body_bytes=1000, workers=1, allowed_hosts=TEST_HOSTS))
    with TestClient(app) as small:
        text = "قالت الحكومة إن " * 80
        assert_error(small.post("/v1/summarize", json={"text": text}), 413, "too_large")


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/v1/summarize",
        content='{"text": "نص'.encode(),
        headers={"content-type": "application/json"},
    )
    assert_error(response, 422, "malformed")


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"sentences": 3},
        {"text": "نص", "html": "<p>نص</p>"},
        {"text": 42},
        {"text": None},
        {"text": "نص عربي", "html": None},
        {"text": "نص عربي", "sentences": 0},
        {"text": "نص عربي", "highlights": 9},
        {"text": "نص عربي", "words": -5},
        {"text": "نص عربي", "words": True},  # JSON true is not an integer (schemathesis found it)
        {"text": "نص عربي", "sentences": "3"},
        {"path": "/etc/passwd"},
        {"text": "نص عربي", "file": "/etc/passwd"},
    ],
)
def test_invalid_fields_are_422(client: TestClient, payload: dict) -> None:
    assert_error(client.post("/v1/summarize", json=payload), 422, "invalid_request")


def test_missing_field_message_names_it(client: TestClient) -> None:
    response = client.post("/v1/summarize", json={"sentences": 2})
    assert "text" in response.json()["error"]["message"]


def test_batch_per_item_results_and_errors(client: TestClient, example_text: str) -> None:
    articles = [
        {"text": example_text, "sentences": 1},
        {"text": "hello world, nothing Arabic here"},
        {"html": as_web_page(example_text), "highlights": 3},
        {"text": ""},
    ]
    response = client.post("/v1/summarize/batch", json={"articles": articles})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["succeeded"] == 2 and data["failed"] == 2
    results = data["results"]
    assert [r["index"] for r in results] == [0, 1, 2, 3]
    assert len(results[0]["summary"]["sentences"]) == 1 and results[0]["error"] is None
    assert results[1]["summary"] is None and results[1]["error"]["reason"] == "not_arabic"
    assert len(results[2]["summary"]["highlights"]) == 3
    assert results[3]["error"]["reason"] == "empty"
    for item in (results[0], results[2]):
        jsonschema.validate(item["summary"], SCHEMA)


def test_batch_over_limit_is_413(client: TestClient, example_text: str) -> None:
    articles = [{"text": example_text}] * 5  # the test app allows 4
    assert_error(client.post("/v1/summarize/batch", json={"articles": articles}), 413, "too_large")


def test_empty_batch_is_422(client: TestClient) -> None:
    assert_error(client.post("/v1/summarize/batch", json={"articles": []}), 422, "invalid_request")


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["max_batch"] == 4


def test_example_endpoint_gives_the_bundled_article(client: TestClient, example_text: str) -> None:
    assert client.get("/v1/example").json() == {"text": example_text}


def test_unknown_path_and_method_are_json(client: TestClient) -> None:
    assert_error(client.get("/v1/nothing"), 404, "not_found")
    assert_error(client.get("/v1/summarize"), 405, "method_not_allowed")
    assert_error(client.get("/static/../../cli.py"), 404, "not_found")


def test_page_is_rtl_and_self_contained(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert '<html dir="rtl" lang="ar">' in html
    assert "http://" not in html and "https://" not in html  # no CDN
    assert "script-src 'self'" in response.headers["content-security-policy"]
    script = client.get("/static/app.js")
    assert script.status_code == 200
    assert ".innerHTML =" not in script.text and "insertAdjacentHTML" not in script.text
    assert client.get("/static/app.css").status_code == 200


def test_body_that_is_not_utf8_is_422_malformed(client: TestClient) -> None:
    body = '{"text": "قال الرئيس"}'.encode("cp1256")  # Windows Arabic, not UTF-8
    response = client.post(
        "/v1/summarize", content=body, headers={"content-type": "application/json"}
    )
    assert_error(response, 422, "malformed")


def test_other_hosts_are_refused(client: TestClient) -> None:
    # A page on another site that rebinds its name to 127.0.0.1 still sends its own Host.
    for host in ("attacker.example", "attacker.example:8000", "127.0.0.1.attacker.example"):
        response = client.get("/healthz", headers={"host": host})
        assert_error(response, 400, "bad_host")
    assert client.get("/healthz").status_code == 200


def test_local_host_names_are_the_default(example_text: str) -> None:
    with TestClient(create_app(ServiceSettings(workers=1)), base_url="http://localhost:8000") as local:
        assert local.get("/healthz").status_code == 200
        for host in ("127.0.0.1:8000", "[::1]:8000", "LOCALHOST"):
            assert local.get("/healthz", headers={"host": host}).status_code == 200
        assert_error(local.get("/healthz", headers={"host": "testserver"}), 400, "bad_host")


def test_full_queue_is_503(example_text: str) -> None:
    app = create_app(ServiceSettings(max_pending=1, workers=1, allowed_hosts=TEST_HOSTS))
    app.state.workers.reserve(1)  # one summary already queued
    with TestClient(app) as fresh:
        response = fresh.post("/v1/summarize", json={"text": example_text})
    assert_error(response, 503, "busy")
    assert response.headers["retry-after"] == "1"


def test_openapi_document_is_valid(client: TestClient) -> None:
    validator = pytest.importorskip("openapi_spec_validator")
    document = client.get("/openapi.json").json()
    validator.validate(document)
    paths = document["paths"]
    assert {"/v1/summarize", "/v1/summarize/batch", "/healthz"} <= set(paths)
    request = document["components"]["schemas"]["SummarizeRequest"]
    assert {"text", "html", "sentences", "words", "highlights"} == set(request["properties"])
    ok = paths["/v1/summarize"]["post"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["$ref"].endswith("/SummaryModel")
    assert "413" in paths["/v1/summarize"]["post"]["responses"]


def test_import_khulasa_does_not_need_the_service() -> None:
    import subprocess
    import sys

    code = (
        "import sys, khulasa, khulasa.cli; "
        "print(sorted(m for m in ('fastapi', 'uvicorn', 'trafilatura') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# Property-based: requests generated from the OpenAPI document never get a 5xx, and every
# response matches the schema the document declares for it. Bounded to 30 examples per endpoint.
try:
    import schemathesis
    from hypothesis import HealthCheck, settings
    from schemathesis.config import SchemathesisConfig
except ImportError:  # pragma: no cover - schemathesis is in the dev extra
    schemathesis = None

if schemathesis is not None:
    # Schema-valid text may still be refused for its content (not Arabic: 400) or size (413).
    FUZZ_CONFIG = SchemathesisConfig.from_dict(
        {"checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "413"]}}}
    )
    API = schemathesis.openapi.from_asgi(
        "/openapi.json",
        create_app(ServiceSettings(workers=1, allowed_hosts=TEST_HOSTS)),
        config=FUZZ_CONFIG,
    )

    @API.parametrize()
    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    def test_generated_requests_never_5xx(case) -> None:
        response = case.call_and_validate()  # all built-in checks, "not a server error" first
        assert response.status_code < 500
else:

    def test_generated_requests_never_5xx() -> None:
        pytest.skip("schemathesis is not installed (it is in the dev extra)")


def test_serve_command_binds_loopback_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from khulasa.cli import app as cli_app
    from khulasa.service.server import BoundedH11Protocol

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    command = ["serve", "--port", "8123", "--max-batch", "7", "--workers", "3", "--read-timeout", "4",
               "--max-digest", "50"]
    result = CliRunner().invoke(cli_app, command)
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123
    settings = calls[0]["app"].state.settings
    assert settings.max_batch == 7 and settings.workers == 3 and settings.max_digest_articles == 50
    assert settings.allowed_hosts == ("localhost", "127.0.0.1", "::1")
    assert issubclass(calls[0]["http"], BoundedH11Protocol)
    assert calls[0]["http"].header_timeout == 4.0


def test_serve_command_allow_host(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from khulasa.cli import app as cli_app

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    command = ["serve", "--allow-host", "summaries.lan", "--allow-host", "localhost"]
    result = CliRunner().invoke(cli_app, command)
    assert result.exit_code == 0, result.output
    assert calls[0]["app"].state.settings.allowed_hosts == ("summaries.lan", "localhost")
    # Bound to one address: that address is answered too.
    result = CliRunner().invoke(cli_app, ["serve", "--host", "192.168.1.5"])
    assert result.exit_code == 0, result.output
    assert "192.168.1.5" in calls[1]["app"].state.settings.allowed_hosts
