// Khulasa page: send the article to /v1/summarize and show the result.
// Every piece of user or server text goes into the DOM through textContent, never innerHTML.
"use strict";

const ERROR_TEXT = {
  empty: "النص فارغ: الصق خبرًا أولًا.",
  binary: "يبدو أن المُدخل ملف ثنائي وليس نصًا.",
  invalid_utf8: "النص يحتوي على محارف غير صالحة.",
  not_arabic: "لا يحتوي النص على عربية كافية لتلخيصه.",
  too_large: "النص أكبر من الحد المسموح به.",
  malformed: "تعذّرت قراءة الطلب.",
  invalid_request: "خيارات الطلب غير صالحة.",
  timeout: "استغرق التلخيص وقتًا أطول من المسموح. حاول بنص أقصر.",
  busy: "الخادم مشغول الآن. حاول بعد لحظات.",
  internal: "حدث خطأ غير متوقع في الخادم.",
};
const HTML_HINT = /<\s*(!doctype|html|body|article|main|p|div|section|span|h[1-6])\b/i;
// Runs of Latin letters and ASCII digits inside Arabic text: isolated so they keep their order.
const LATIN_RUN = /[A-Za-z0-9](?:[A-Za-z0-9.,:%/_@+\-]*[A-Za-z0-9%])?/g;

const $ = (id) => document.getElementById(id);
let lastResult = null;

function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.id) node.id = options.id;
  if (options.href) node.setAttribute("href", options.href);
  for (const [key, value] of Object.entries(options.data || {})) node.dataset[key] = value;
  for (const child of children) node.append(child);
  return node;
}

// Append `text` to `parent`, wrapping Latin/digit runs in <bdi>.
function appendIsolated(parent, text) {
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > last) parent.append(document.createTextNode(text.slice(last, match.index)));
    const bdi = document.createElement("bdi");
    bdi.textContent = match[0];
    parent.append(bdi);
    last = match.index + match[0].length;
  }
  if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
  return parent;
}

function isolated(tag, text, options) {
  return appendIsolated(el(tag, options), text);
}

function setStatus(message, isError = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

// Offsets count code points (Python str indices); JS strings count UTF-16 units.
function renderSource(source, sentences, highlights) {
  const chars = Array.from(source);
  const ranges = [
    ...sentences.map((s, i) => ({ start: s.start, end: s.end, kind: "s", n: i })),
    ...highlights.map((h, i) => ({ start: h.start, end: h.end, kind: "h", n: i })),
  ].filter((r) => r.start < r.end && r.end <= chars.length);
  const cuts = new Set([0, chars.length]);
  for (const r of ranges) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const container = $("source");
  container.replaceChildren();
  for (let k = 0; k + 1 < points.length; k += 1) {
    const [a, b] = [points[k], points[k + 1]];
    const text = chars.slice(a, b).join("");
    const covering = ranges.filter((r) => r.start <= a && r.end >= b);
    if (!covering.length) { appendIsolated(container, text); continue; }
    const s = covering.filter((r) => r.kind === "s").map((r) => r.n);
    const h = covering.filter((r) => r.kind === "h").map((r) => r.n);
    const classes = [s.length ? "sentence" : "", h.length ? "highlight" : ""].join(" ").trim();
    const mark = el("mark", { className: classes, data: { s: s.join(" "), h: h.join(" ") } });
    for (const r of covering.filter((range) => range.start === a)) {
      const anchor = `src-${r.kind}-${r.n}`; // link target for each passage's first piece
      if (!mark.id) mark.id = anchor;
      else mark.append(el("span", { id: anchor }));
    }
    container.append(appendIsolated(mark, text));
  }
}

function flash(kind, n) {
  const marks = document.querySelectorAll(`#source mark[data-${kind}~="${n}"]`);
  if (!marks.length) return;
  marks[0].scrollIntoView({ behavior: "smooth", block: "center" });
  for (const mark of marks) {
    mark.classList.remove("flash");
    void mark.offsetWidth; // restart the animation
    mark.classList.add("flash");
  }
}

function linkTo(kind, n, text) {
  const link = isolated("a", text, { href: `#src-${kind}-${n}` });
  link.addEventListener("click", (event) => { event.preventDefault(); flash(kind, n); });
  return link;
}

function render(data) {
  lastResult = data;
  $("headline").replaceChildren();
  appendIsolated($("headline"), data.headline.text);
  $("highlights").replaceChildren(
    ...data.highlights.map((h, i) => el("li", { className: "highlight-item" }, linkTo("h", i, h.text)))
  );
  $("summary").replaceChildren(
    ...data.sentences.map((s, i) => el("p", {}, linkTo("s", i, s.text)))
  );
  $("keywords").replaceChildren(...data.keywords.map((k) => isolated("li", k)));
  $("keywords-title").hidden = !data.keywords.length;
  $("notes").replaceChildren(...data.notes.map((note) => isolated("li", note.message_ar)));
  renderSource(data.source, data.sentences, data.highlights);
  $("result").hidden = false;
}

function asPlainText(data) {
  return [
    `العنوان: ${data.headline.text}`,
    "",
    "أبرز النقاط:",
    ...data.highlights.map((h) => `• ${h.text}`),
    "",
    "الملخص:",
    ...data.sentences.map((s) => s.text),
    ...(data.keywords.length ? ["", `الكلمات المفتاحية: ${data.keywords.join("، ")}`] : []),
  ].join("\n");
}

async function copyText() {
  if (!lastResult) return;
  const text = asPlainText(lastResult);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  setStatus("نُسخ الملخص كنص.");
}

function downloadJson() {
  if (!lastResult) return;
  const blob = new Blob([JSON.stringify(lastResult, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url });
  link.download = "khulasa-summary.json";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function submit(event) {
  event.preventDefault();
  const value = $("article").value;
  const format = $("format").value;
  const asHtml = format === "html" || (format === "auto" && HTML_HINT.test(value));
  const body = { sentences: Number($("sentences").value) };
  body[asHtml ? "html" : "text"] = value;
  $("submit").disabled = true;
  document.body.dataset.state = "loading";
  setStatus("جارٍ التلخيص…");
  try {
    const response = await fetch("/v1/summarize", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const reason = data && data.error ? data.error.reason : "internal";
      throw new Error(ERROR_TEXT[reason] || ERROR_TEXT.internal);
    }
    render(data);
    setStatus(asHtml ? "تم التلخيص (استُخرج النص من صفحة HTML)." : "تم التلخيص.");
    document.body.dataset.state = "done";
  } catch (error) {
    setStatus(error instanceof TypeError ? "تعذّر الاتصال بالخادم." : error.message, true);
    document.body.dataset.state = "error";
  } finally {
    $("submit").disabled = false;
  }
}

async function loadExample() {
  const response = await fetch("/v1/example");
  if (response.ok) {
    $("article").value = (await response.json()).text;
    setStatus("حُمّل خبر المثال. اضغط «لخّص».");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("form").addEventListener("submit", submit);
  $("copy").addEventListener("click", copyText);
  $("download").addEventListener("click", downloadJson);
  $("example").addEventListener("click", loadExample);
  document.body.dataset.state = "ready";
});
