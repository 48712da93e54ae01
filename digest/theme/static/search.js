// The search page: queries the site's Pagefind index (site/pagefind/, built by `digest build`)
// and lists each matching article with its title, date, source and an excerpt. Without this
// script the form still submits ?q= to this page; the rest of the site needs no JavaScript.
//
// Chinese text is indexed as overlapping character pairs, each written as one ASCII word
// (digest/search.py), and a query is turned into the same words here: articles containing
// the query as typed come first; when there are none, those containing all of its pairs.
const PAGE_SIZE = 20;
const EXCERPT_BEFORE = 24;  // characters shown before the first match
const EXCERPT_LENGTH = 100;
const EXCERPT_END = "¶";  // digest/search.py: the article text ends here, the title follows
// Han (with 々 and 〇) and kana, as in digest/search.py.
const CJK = "\u3005\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}";
const CJK_RUN = new RegExp(`[${CJK}]+`, "gu");
const CJK_CHAR = new RegExp(`^[${CJK}]$`, "u");
const PAIR_WORD = /^_([0-9a-z]{4})([0-9a-z]{4})?(.*)$/;
const WORDY_START = /^[\p{L}\p{N}]/u;
const WORDY_END = /[\p{L}\p{N}]$/u;

const code = (char) => char.codePointAt(0).toString(36).padStart(4, "0");

// A query as the index has it: each Chinese run as its character pairs (a single character
// on its own, which matches every pair it begins); Latin words are left to Pagefind.
function pairQuery(query) {
  return query.normalize("NFKC").replace(CJK_RUN, (run) => {
    const codes = Array.from(run, code);
    if (codes.length === 1) return ` _${codes[0]} `;
    return " " + codes.slice(0, -1).map((c, i) => `_${c}${codes[i + 1]}`).join(" ") + " ";
  }).replace(/\s+/g, " ").trim();
}

function decodeChar(digits) {
  const char = digits ? String.fromCodePoint(parseInt(digits, 36)) : "";
  return CJK_CHAR.test(char) ? char : null;
}

// The indexed text back as it reads: a pair stands for its first character, the single
// character that ends each run for itself.
function unpair(content) {
  let text = "";
  let wordy = false;
  for (const token of content.split(/\s+/)) {
    if (!token) continue;
    const pair = PAIR_WORD.exec(token);
    const char = pair && decodeChar(pair[1]);
    if (char) {
      text += char + (pair[2] ? "" : pair[3]);
      wordy = !pair[2] && WORDY_END.test(pair[3]);
    } else {
      if (wordy && WORDY_START.test(token)) text += " ";
      text += token;
      wordy = WORDY_END.test(token);
    }
  }
  return text;
}

const results = document.getElementById("search-results");
const status = document.getElementById("search-status");
const input = document.getElementById("search-query");
const more = document.getElementById("search-more");
const siteTitle = document.title;
let pagefind = null;
let latest = 0;  // number of the newest search: answers to older ones are dropped
let pending = [];  // results not shown yet
let needles = [];  // what to highlight in excerpts
let timer = 0;

function fold(text) {  // case-insensitive matching that keeps every index in place
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

// The strings to look for in an excerpt, longest first: each part of the query, and its
// Chinese runs and other words on their own.
function queryNeedles(query) {
  const found = new Set();
  for (const part of fold(query.normalize("NFKC")).split(/\s+/)) {
    if (!part) continue;
    found.add(part);
    for (const piece of part.split(CJK_RUN)) if (piece.trim()) found.add(piece.trim());
    for (const run of part.match(CJK_RUN) || []) found.add(run);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

function excerptNodes(content) {
  const text = unpair((content || "").split(EXCERPT_END)[0]).trim();
  const folded = fold(text);
  let first = -1;
  for (const needle of needles) {  // the longest needle found decides where the excerpt starts
    first = folded.indexOf(needle);
    if (first >= 0) break;
  }
  let start = first > EXCERPT_BEFORE ? first - EXCERPT_BEFORE : 0;
  const sentence = Math.max(...["。", "！", "？", "；", "!", "?", ";"].map((end) => text.lastIndexOf(end, first - 1)));
  if (sentence >= 0 && first - sentence <= 2 * EXCERPT_BEFORE) start = sentence + 1;
  const end = Math.min(text.length, start + EXCERPT_LENGTH);
  const nodes = [];
  let at = start;
  const pushText = (to) => { if (to > at) nodes.push(document.createTextNode(text.slice(at, to))); };
  if (start > 0) nodes.push(document.createTextNode("…"));
  while (at < end) {
    let hit = -1;
    let size = 0;
    for (const needle of needles) {
      const where = folded.indexOf(needle, at);
      if (where >= 0 && where < end && (hit < 0 || where < hit || (where === hit && needle.length > size))) {
        hit = where;
        size = needle.length;
      }
    }
    if (hit < 0) break;
    pushText(hit);
    const mark = document.createElement("mark");
    mark.textContent = text.slice(hit, Math.min(hit + size, end));
    nodes.push(mark);
    at = hit + size;
  }
  pushText(end);
  if (end < text.length) nodes.push(document.createTextNode("…"));
  return nodes;
}

function dateText(iso) {
  const [year, month, day] = (iso || "").slice(0, 10).split("-").map(Number);
  return year && month && day ? `${year}年${month}月${day}日` : "";
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "entry-title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  const when = dateText(data.meta.date);
  if (when) {
    const time = document.createElement("time");
    time.dateTime = data.meta.date;
    time.textContent = when;
    meta.append(time);
  }
  if (data.meta.source) {
    const source = document.createElement("span");
    source.className = "source";
    source.textContent = data.meta.source;
    meta.append(...(when ? [" · ", source] : [source]));
  }
  const excerpt = document.createElement("p");
  excerpt.className = "summary";
  excerpt.append(...excerptNodes(data.content));
  item.append(heading, meta, excerpt);
  return item;
}

async function loadIndex() {
  if (!pagefind) {
    const module = await import(results.dataset.index + "pagefind.js");
    await module.options({ baseUrl: results.dataset.base });
    await module.init();
    pagefind = module;
  }
  return pagefind;
}

async function showMore(number) {
  const batch = pending.splice(0, PAGE_SIZE);
  const found = await Promise.all(batch.map((result) => result.data()));
  if (number !== latest) return;
  results.append(...found.map(resultItem));
  more.parentElement.hidden = pending.length === 0;
}

async function search(query) {
  const number = ++latest;
  query = query.trim();
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  document.title = query ? `“${query}”的搜索结果 · ${siteTitle}` : siteTitle;
  pending = [];
  more.parentElement.hidden = true;
  const terms = pairQuery(query);
  if (!terms) {
    results.replaceChildren();
    status.textContent = "";
    return;
  }
  status.textContent = "正在搜索…";
  let found;
  try {
    const index = await loadIndex();
    // The articles that have all the query's words, wherever they are, best first.
    found = (await index.search(terms)).results;
    // Those that have them in a row, as typed, go first. (Not when the query has a Chinese
    // character on its own: it matches the pairs it begins, and a phrase only whole words.)
    if (found.length > 1 && !/(^|\s)_[0-9a-z]{4}(\s|$)/.test(terms)) {
      const exact = new Set((await index.search(`"${terms}"`)).results.map((result) => result.id));
      found = [...found.filter((r) => exact.has(r.id)), ...found.filter((r) => !exact.has(r.id))];
    }
  } catch (error) {
    if (number === latest) {
      results.replaceChildren();
      status.textContent = "搜索暂时不可用：这个站点的搜索索引没有生成。可以按话题、标签或月份浏览文章。";
    }
    return;
  }
  if (number !== latest) return;
  needles = queryNeedles(query);
  results.replaceChildren();
  const count = found.length;
  pending = found;
  await showMore(number);
  // Announced once the results are on the page (screen readers, and anyone waiting on it).
  if (number !== latest) return;
  status.textContent = count ? `找到 ${count} 篇与“${query}”有关的文章` : `没有找到与“${query}”有关的文章，换个说法试试。`;
}

input.form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  search(input.value);
});
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => search(input.value), 250);
});
more.addEventListener("click", () => showMore(latest));

const initial = new URLSearchParams(location.search).get("q") || "";
if (initial) {
  input.value = initial;
  search(initial);
}
