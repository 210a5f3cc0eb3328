// Khulasa page, digest view: read a JSONL or CSV file in the browser, send its rows to
// /v1/digest, show one box per story and, on demand, the papers that carry it.
// Uses el/appendIsolated/isolated from app.js: file and server text reach the DOM only as text.
"use strict";

const DIGEST_ERROR_TEXT = {
  ...ERROR_TEXT,
  too_large: "الملف أكبر من الحد المسموح به للموجز (عدد المقالات أو حجم الملف).",
  timeout: "استغرق إعداد الموجز وقتًا أطول من المسموح. جرّب ملفًا أصغر.",
  invalid_request: "تعذّرت قراءة صفوف الملف كمقالات.",
  too_slow: "استغرق تلخيص المقالة وقتًا أطول من المسموح.",
  duplicate_id: "المعرّف مستخدم في صف سابق.",
  internal_error: "خطأ غير متوقع في هذه المقالة.",
};
const METADATA = ["title", "source", "date", "url"];
let serverLimits = null;

// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
// Returns [line, fields] per record, `line` being the line the record ends on (as Python's csv).
function parseCsv(text) {
  const records = [];
  let fields = [];
  let field = "";
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else { if (c === "\n") line += 1; field += c; }
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") { fields.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== "") records.push([line, fields]);
      fields = [];
      field = "";
      line += 1;
    } else field += c;
  }
  if (field !== "" || fields.length) records.push([line, [...fields, field]]);
  return records;
}

// [line, row object or error message] for each record of the file.
function readRows(name, text) {
  text = text.replace(/^\uFEFF/, "");
  if (/\.csv$/i.test(name)) {
    const [header, ...records] = parseCsv(text);
    if (!header) return [];
    return records.map(([line, fields]) => {
      const row = {};
      header[1].forEach((column, k) => { if (k < fields.length) row[column] = fields[k]; });
      return [line, row];
    });
  }
  if (text.trimStart().startsWith("[")) {
    try {
      return JSON.parse(text).map((row, k) => [k + 1, row]);
    } catch (error) {
      return [[1, `bad JSON: ${error.message}`]];
    }
  }
  const rows = [];
  text.split(/\r?\n/).forEach((source, k) => {
    if (!source.trim()) return;
    try {
      rows.push([k + 1, JSON.parse(source)]);
    } catch (error) {
      rows.push([k + 1, `bad JSON: ${error.message}`]);
    }
  });
  return rows;
}

// The article as `khulasa digest` reads a row: non-text metadata is ignored, a missing id is
// the row's line number, a missing text is left for the server to report (as the CLI does).
function asArticle(line, row) {
  const article = {};
  if (typeof row.text === "string") article.text = row.text;
  for (const key of METADATA) if (typeof row[key] === "string") article[key] = row[key];
  const id = row.id;
  article.id = id === undefined || id === null || id === "" ? String(line) : String(id);
  return article;
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function sourceItem(article) {
  const item = el("li", { className: "source-item" });
  item.append(isolated("span", article.source || "—", { className: "paper" }));
  const date = el("bdi", { className: "date" });
  date.dir = "ltr";
  date.textContent = article.date || "";
  item.append(date);
  const title = article.title || article.id;
  const url = article.url ? safeUrl(article.url) : null;
  if (url) {
    const link = isolated("a", title, { href: url });
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    item.append(link);
  } else {
    item.append(isolated("span", title, { className: "title" }));
  }
  return item;
}

function storyItem(story) {
  const count = story.article_count;
  const meta = el("p", { className: "meta" });
  meta.append(el("span", { className: "count" }, `عدد المقالات: ${count}`));
  if (story.sources.length) appendIsolated(meta, ` · الصحف: ${story.sources.join("، ")}`);
  const box = el("ol", { className: "box" }, ...story.highlights.map((bullet) => {
    const item = isolated("li", bullet.text);
    const cited = bullet.sources.join("، ") || bullet.citations[0].id;
    item.append(" ", isolated("cite", `‹${cited}›`));
    return item;
  }));
  const sources = el(
    "details", { className: "story-sources" },
    el("summary", {}, `المصادر (${story.articles.length})`),
    el("ul", { className: "sources" }, ...story.articles.map(sourceItem)),
  );
  return el("li", { className: "story", data: { articles: String(count) } },
    isolated("h3", story.headline), meta, box, sources);
}

function showErrors(errors) {
  const list = $("digest-error-list");
  list.replaceChildren(...errors.map((error) => isolated(
    "li", `${error.id}: ${DIGEST_ERROR_TEXT[error.reason] || error.reason} (${error.message})`)));
  $("digest-errors-title").textContent = `صفوف لم تُستخدم: ${errors.length}`;
  $("digest-errors").hidden = !errors.length;
}

function setDigestStatus(message, isError = false) {
  const status = $("digest-status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

async function limits() {
  if (!serverLimits) {
    const response = await fetch("/healthz");
    serverLimits = response.ok ? await response.json() : {};
  }
  return serverLimits;
}

async function submitDigest(event) {
  event.preventDefault();
  const file = $("digest-file").files[0];
  const section = $("digest");
  if (!file) { setDigestStatus("اختر ملفًا أولًا.", true); return; }
  $("digest-submit").disabled = true;
  section.dataset.state = "loading";
  setDigestStatus("جارٍ إعداد الموجز…");
  try {
    const { max_body_bytes: maxBytes } = await limits();
    if (maxBytes && file.size > maxBytes) throw new Error(DIGEST_ERROR_TEXT.too_large);
    const rows = readRows(file.name, await file.text());
    const local = [];
    const articles = [];
    for (const [line, row] of rows) {
      if (typeof row === "string") local.push({ id: String(line), reason: "malformed", message: row });
      else if (!row || typeof row !== "object" || Array.isArray(row)) {
        local.push({ id: String(line), reason: "malformed", message: "row is not an object" });
      } else articles.push(asArticle(line, row));
    }
    if (!articles.length) throw new Error(DIGEST_ERROR_TEXT.empty);
    const response = await fetch("/v1/digest", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        articles,
        by_day: $("digest-by-day").checked,
        min_sources: Number($("digest-min-sources").value),
      }),
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const reason = data && data.error ? data.error.reason : "internal";
      throw new Error(DIGEST_ERROR_TEXT[reason] || DIGEST_ERROR_TEXT.internal);
    }
    $("stories").replaceChildren(...data.stories.map(storyItem));
    showErrors([...local, ...data.errors]);
    const omitted = data.omitted.length ? `، و${data.omitted.length} مقالة في قصص دون الحد` : "";
    setDigestStatus(`${data.stories.length} قصة من ${articles.length} مقالة${omitted}.`);
    section.dataset.state = "done";
  } catch (error) {
    $("stories").replaceChildren();
    setDigestStatus(error instanceof TypeError ? "تعذّر الاتصال بالخادم." : error.message, true);
    section.dataset.state = "error";
  } finally {
    $("digest-submit").disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("digest-form").addEventListener("submit", submitDigest);
  $("digest").dataset.state = "ready";
});
