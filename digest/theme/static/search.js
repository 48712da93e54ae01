// The search page: queries the site's own index (site/search/index/, written by `digest build`;
// its format is described in digest/search/files.py) and lists each matching article with its
// title, date, source and summary. Without this script the form still submits ?q= to this
// page; the rest of the site needs no JavaScript. Nothing is fetched from another origin.
//
// Text is indexed as overlapping pairs of Chinese characters, single Chinese characters, and
// words (runs of other letters and digits), after NFKC, lowercasing and Traditional ->
// Simplified (a character map shipped with the index); a query is cut the same way here
// (digest/search/terms.py) and the articles are ranked as digest/search/reader.py does, which
// this file must agree with step by step: BM25 over the query's terms, the headline weighing
// more, consecutive pairs of the query found together rewarded, a minimum share of the terms
// (and every term between quotes) required, newer first on equal scores. A query holding a
// phrase written otherwise in Taiwan or on the mainland (英伟达 / 輝達; digest/search/variants.py,
// the manifest's `variants`) is searched in the other wording too, whose scores count `variant`
// times as much, scaled by the two wordings' sums of idf: an article's score is its better one.
// The other reports of the best result's story (the manifest's `stories`) come right after it.
const PAGE_SIZE = 10;
const TABLE_END = 0x32000;  // search_index.TABLE_END: no character from here on is indexed
// Han (with 々 and 〇) and kana, as search_index.CJK_RANGES.
const CJK = /^[\u3005\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]$/u;
const QUOTES = /["“”「」『』]/;  // terms.QUOTES: a phrase between two of them is required whole
const TF = [1, 2.5, 5.5, 10];  // reader.TF: the tf of a posting's count bucket
const WORD = /^[\p{L}\p{N}]$/u;
const OTHER = 0, HAN = 1, LETTERS = 2;

const results = document.getElementById("search-results");
const status = document.getElementById("search-status");
const input = document.getElementById("search-query");
const more = document.getElementById("search-more");
const siteTitle = document.title;
const indexUrl = results.dataset.index;
const siteBase = results.dataset.base;
let manifest = null;  // a promise of the manifest, with its fold map, phrase variants and article lengths
let t2s = new Map();  // Traditional -> Simplified, one character for one (the index's fold map)
let files = new Map();  // path -> promise of its contents
let latest = 0;  // number of the newest search: answers to older ones are dropped
let pending = [];  // article numbers found and not shown yet
let siblings = new Set();  // those placed after the best result as reports of its story
let needles = [];  // what to highlight in summaries
let timer = 0;

function kindOf(char) {
  if (char.codePointAt(0) >= TABLE_END) return OTHER;
  if (CJK.test(char)) return HAN;
  return WORD.test(char) ? LETTERS : OTHER;
}

// Runs of one kind in the folded text: [kind, characters]. A point between two ASCII digits is
// part of the word (6.2, terms._join_decimals).
function runs(text) {
  const chars = Array.from(text);
  const kinds = chars.map((char, i) => (char === "." && /[0-9]/.test(chars[i - 1] || "") && /[0-9]/.test(chars[i + 1] || "") ? LETTERS : kindOf(char)));
  const found = [];
  for (let i = 0; i < chars.length;) {
    const kind = kinds[i];
    let j = i + 1;
    while (j < chars.length && kinds[j] === kind) j++;
    if (kind !== OTHER) found.push([kind, chars.slice(i, j)]);
    i = j;
  }
  return found;
}

// NFKC, lowercase, then Traditional -> Simplified (terms.code_points).
function fold(text) {
  let folded = "";
  for (const char of text.normalize("NFKC").toLowerCase()) folded += t2s.get(char) || char;
  return folded;
}

// The two 32-bit hashes of a word (search_index.word_keys).
function wordKey(chars) {
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (const char of chars) {
    const c = char.codePointAt(0);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    const mixed = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 = mixed ^ (mixed >>> 15);
  }
  return [(h1 | 0x80000000) >>> 0, h2 >>> 0];
}

// A query's distinct terms (terms.parse_query): {key: [hi, lo], required (between quotes),
// after (the number of the pair before it in the same run, else -1)}, and what to highlight.
function queryTerms(query, maxWord) {
  const terms = new Map();  // "hi,lo" -> term
  const marks = new Set();
  const pieces = query.normalize("NFKC").split(QUOTES);
  pieces.forEach((piece, number) => {
    const quoted = number % 2 === 1 && number < pieces.length - 1;
    const found = [];  // [key, key of the pair it follows or null], Chinese runs first, then words
    const words = [];
    for (const [kind, chars] of runs(fold(piece))) {
      if (kind === HAN) {
        const codes = chars.map((c) => c.codePointAt(0));
        if (codes.length === 1) {
          found.push([[codes[0], 0], null]);
          marks.add(chars[0]);
        }
        for (let i = 0; i + 1 < codes.length; i++) {
          found.push([[codes[i], codes[i + 1]], i > 0 ? [codes[i - 1], codes[i]] : null]);
          marks.add(chars[i] + chars[i + 1]);
        }
      } else {
        words.push([wordKey(chars.slice(0, maxWord)), null]);
        marks.add(chars.join(""));
      }
    }
    for (const [key, previous] of found.concat(words)) {
      const name = key.join(",");
      if (terms.has(name)) terms.get(name).required ||= quoted;
      else terms.set(name, { key, required: quoted, previous: previous && previous.join(","), number: terms.size });
    }
  });
  const list = [...terms.values()];
  for (const term of list) {
    const before = term.previous !== null ? terms.get(term.previous) : undefined;
    term.after = before !== undefined && before.number < term.number ? before.number : -1;
  }
  return [list, [...marks]];
}

function bucketHash(hi, lo) {  // search_index.bucket_hash
  return (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b)) >>> 0;
}

async function fetchFile(path, kind) {
  if (!files.has(path)) {
    files.set(path, fetch(indexUrl + path).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return kind === "json" ? response.json() : response.arrayBuffer();
    }));
  }
  return files.get(path);
}

function loadManifest() {
  if (!manifest) {
    // Revalidated every time: the other files are named by their content and never change.
    manifest = fetch(indexUrl + "manifest.json", { cache: "no-cache" }).then(async (response) => {
      if (!response.ok) throw new Error(`manifest: ${response.status}`);
      const index = await response.json();
      const pairs = Array.from(index.fold);
      t2s = new Map();
      for (let i = 0; i + 1 < pairs.length; i += 2) t2s.set(pairs[i], pairs[i + 1]);
      const bytes = atob(index.lengths);
      index.lengthOf = new Float64Array(bytes.length);
      let total = 0;
      for (let i = 0; i < bytes.length; i++) {
        index.lengthOf[i] = 2 ** (bytes.charCodeAt(i) / 8) - 1;  // files.length_of
        total += index.lengthOf[i];
      }
      index.meanLength = (index.docs ? total / index.docs : 1) || 1;
      index.variantOf = new Map();  // variants.variant_map
      for (const pair of (index.variants || "").split("|")) {
        if (!pair) continue;
        const [first, second] = pair.split(" ");
        if (!index.variantOf.has(first)) index.variantOf.set(first, second);
        if (!index.variantOf.has(second)) index.variantOf.set(second, first);
      }
      index.longestVariant = Math.max(0, ...[...index.variantOf.keys()].map((phrase) => Array.from(phrase).length));
      return index;
    });
    manifest.catch(() => { manifest = null; });
  }
  return manifest;
}

function readVarint(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

// A term's postings in a shard: Map article -> flags (title << 2 | count bucket).
function postingsOf(buffer, hi, lo, docs) {
  const view = new DataView(buffer);
  const bytes = new Uint8Array(buffer);
  const count = view.getUint32(0, true);
  let term = -1;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(4 + 8 * i, true) === hi && view.getUint32(8 + 8 * i, true) === lo) {
      term = i;
      break;
    }
  }
  const found = new Map();
  if (term < 0) return found;
  const base = 4 + 12 * count + 4;
  let at = base + view.getUint32(4 + 8 * count + 4 * term, true);
  const end = base + view.getUint32(4 + 8 * count + 4 * (term + 1), true);
  let doc = -1;
  let value;
  if (lo === 0) {  // a single character: the articles with it in the title, then a bitmap of all
    let titles;
    [titles, at] = readVarint(bytes, at);
    const inTitle = new Set();
    for (let i = 0; i < titles; i++) {
      [value, at] = readVarint(bytes, at);
      doc += value + 1;
      inTitle.add(doc);
    }
    for (let byte = 0; at + byte < end; byte++) {
      const bits = bytes[at + byte];
      if (!bits) continue;
      for (let bit = 0; bit < 8; bit++) {
        const number = byte * 8 + bit;
        if (bits & (1 << bit) && number < docs) found.set(number, inTitle.has(number) ? 4 : 0);
      }
    }
    return found;
  }
  while (at < end) {
    [value, at] = readVarint(bytes, at);
    doc += Math.floor(value / 8) + 1;
    found.set(doc, value & 7);
  }
  return found;
}

// A folded query with every phrase of the variant table replaced, longest first, left to right;
// null when it holds none (variants.other_wording).
function otherWording(folded, index) {
  const chars = Array.from(folded);
  let out = "";
  let changed = false;
  for (let at = 0; at < chars.length;) {
    let size = Math.min(index.longestVariant, chars.length - at);
    for (; size > 1; size--) {
      const other = index.variantOf.get(chars.slice(at, at + size).join(""));
      if (other !== undefined) {
        out += other;
        at += size;
        changed = true;
        break;
      }
    }
    if (size <= 1) out += chars[at++];
  }
  return changed ? out : null;
}

// The articles that match, best first (reader.search, step by step): the query's terms, and
// those of its other wording (or []).
async function findArticles(terms, other) {
  const index = await loadManifest();
  const [[found, mass], [alternative, otherMass]] = await Promise.all([scoresOf(index, terms), scoresOf(index, other)]);
  const scale = otherMass ? index.rank.variant * mass / otherMass : 0;
  for (const [doc, score] of alternative) {
    const value = score * scale;
    if (!found.has(doc) || value > found.get(doc)) found.set(doc, value);
  }
  const ordered = [...found].map(([doc, score]) => [doc, Math.floor(score * 1e6 + 0.5)]);
  ordered.sort((x, y) => y[1] - x[1] || y[0] - x[0]);
  return ordered.map(([doc]) => doc);
}

// The results with the other articles of the first one's story right after it, in the story's
// order (lead first, then by date), and the set of those (reader.story_of, reader.with_story).
async function withStory(index, ordered) {
  if (!ordered.length || !index.stories) return [ordered, new Set()];
  // (the stories only arrange the results: without their file, the results come as ranked)
  const stories = await fetchFile(`s/${index.stories}.json`, "json").catch(() => []);
  const group = stories.find((story) => story.includes(ordered[0]));
  if (!group) return [ordered, new Set()];
  const story = [ordered[0], ...group.filter((doc) => doc !== ordered[0])];
  const placed = new Set(story);
  return [story.concat(ordered.filter((doc) => !placed.has(doc))), new Set(story.slice(1))];
}

// The articles that match one wording of a query: [Map article -> score, the sum of its terms'
// idf] (reader._scores).
async function scoresOf(index, terms) {
  if (!terms.length) return [new Map(), 0];
  const rank = index.rank;
  const k1 = rank.k1;
  const b = rank.b;
  const count = index.docs;
  const lists = await Promise.all(terms.map(async ({ key: [hi, lo] }) => {
    const family = lo === 0 ? index.chars : index.pairs;
    const shard = family.bits ? bucketHash(hi, lo) >>> (32 - family.bits) : 0;
    const buffer = await fetchFile(`t/${family.shards[shard]}.bin`, "binary");
    return postingsOf(buffer, hi, lo, count);
  }));
  const idfs = lists.map((list) => Math.log(1 + (count - list.size + 0.5) / (list.size + 0.5)));
  const scores = new Map();  // article -> [score, terms matched, required terms matched]
  lists.forEach((list, i) => {
    const idf = idfs[i];
    const required = terms[i].required ? 1 : 0;
    for (const [doc, flags] of list) {
      const tf = TF[flags & 3];
      const value = idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * index.lengthOf[doc] / index.meanLength)) + rank.title * (flags >> 2));
      let entry = scores.get(doc);
      if (entry === undefined) scores.set(doc, entry = [0, 0, 0]);
      entry[0] += value;
      entry[1] += 1;
      entry[2] += required;
    }
  });
  terms.forEach((term, i) => {
    const j = term.after;
    if (j < 0) return;
    const bonus = rank.sequence * Math.min(idfs[i], idfs[j]);
    for (const doc of lists[i].keys()) if (lists[j].has(doc)) scores.get(doc)[0] += bonus;
  });
  for (const entry of scores.values()) entry[0] *= (entry[1] / terms.length) ** rank.coord;
  const need = Math.max(1, Math.floor(rank.share * terms.length + 1e-9));
  const required = terms.filter((term) => term.required).length;
  const found = new Map();
  for (const [doc, entry] of scores) {
    if (entry[1] >= need && entry[2] === required) found.set(doc, entry[0]);
  }
  return [found, idfs.reduce((sum, idf) => sum + idf, 0)];
}

async function describe(doc) {
  const index = await loadManifest();
  const chunk = await fetchFile(`d/${index.chunks[Math.floor(doc / index.chunk)]}.json`, "json");
  const [url, title, date, source, summary] = chunk[doc % index.chunk];
  return { url: siteBase + url, title, date, source, summary, sibling: siblings.has(doc) };
}

// Whether text[at] (a UTF-16 unit) belongs to a word: a letter or digit, or a point between digits.
function inWord(text, at) {
  if (at < 0 || at >= text.length) return false;
  if (text[at] === ".") return /[0-9]/.test(text[at - 1] || "") && /[0-9]/.test(text[at + 1] || "");
  return kindOf(text[at]) === LETTERS;
}

// A title or summary as text and <mark> nodes: the query's pairs, characters and words where
// they occur (compared folded, shown as written).
function highlighted(summary) {
  const starts = [];  // per UTF-16 unit of the folded text: where its character starts and ends in `summary`
  const ends = [];
  let folded = "";
  let at = 0;
  for (const char of summary) {
    const image = fold(char);
    for (let i = 0; i < image.length; i++) {
      starts.push(at);
      ends.push(at + char.length);
    }
    folded += image;
    at += char.length;
  }
  const spans = [];
  for (const needle of needles) {
    const wordy = kindOf(Array.from(needle)[0]) === LETTERS;
    for (let hit = folded.indexOf(needle); hit >= 0; hit = folded.indexOf(needle, hit + 1)) {
      const after = hit + needle.length;
      if (wordy && (inWord(folded, hit - 1) || inWord(folded, after))) continue;
      spans.push([starts[hit], ends[after - 1]]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const nodes = [];
  let done = 0;
  let open = null;
  const close = () => {
    if (!open) return;
    if (open[0] > done) nodes.push(document.createTextNode(summary.slice(done, open[0])));
    const mark = document.createElement("mark");
    mark.textContent = summary.slice(open[0], open[1]);
    nodes.push(mark);
    done = open[1];
    open = null;
  };
  for (const span of spans) {
    if (open && span[0] <= open[1]) open[1] = Math.max(open[1], span[1]);
    else { close(); open = [...span]; }
  }
  close();
  if (done < summary.length) nodes.push(document.createTextNode(summary.slice(done)));
  return nodes;
}

function dateText(iso) {
  const [year, month, day] = (iso || "").slice(0, 10).split("-").map(Number);
  return year && month && day ? `${year}年${month}月${day}日` : "";
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = data.sibling ? "search-result sibling" : "search-result";
  const heading = document.createElement("h2");
  heading.className = "entry-title";
  const link = document.createElement("a");
  link.href = data.url;
  if (data.title) link.append(...highlighted(data.title)); else link.textContent = data.url;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  const when = dateText(data.date);
  if (when) {
    const time = document.createElement("time");
    time.dateTime = data.date;
    time.textContent = when;
    meta.append(time);
  }
  if (data.source) {
    const source = document.createElement("span");
    source.className = "source";
    source.textContent = data.source;
    meta.append(...(when ? [" · ", source] : [source]));
  }
  if (data.sibling) {
    const mark = document.createElement("span");
    mark.className = "story-mark";
    mark.textContent = "同一事件";
    meta.append(...(meta.childNodes.length ? [" · ", mark] : [mark]));
  }
  item.append(heading, meta);
  if (data.summary) {
    const summary = document.createElement("p");
    summary.className = "summary";
    summary.append(...highlighted(data.summary));
    item.append(summary);
  }
  return item;
}

async function showMore(number) {
  const batch = pending.splice(0, PAGE_SIZE);
  const found = await Promise.all(batch.map(describe));
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
  if (!query) {
    results.replaceChildren();
    status.textContent = "";
    return;
  }
  status.textContent = "正在搜索…";
  let found;
  for (let attempt = 0; ; attempt++) {
    try {
      const index = await loadManifest();
      let terms;
      [terms, needles] = queryTerms(query, index.max_word);
      const wording = otherWording(fold(query), index);
      let other = [];
      if (wording !== null) {
        let marks;
        [other, marks] = queryTerms(wording, index.max_word);
        needles = [...new Set(needles.concat(marks))];
      }
      found = terms.length ? await findArticles(terms, other) : [];
      let story;
      [found, story] = await withStory(index, found);
      if (number !== latest) return;
      siblings = story;
      results.replaceChildren();
      pending = found.slice();
      await showMore(number);
      break;
    } catch (error) {
      // The site may have been deployed again since the manifest was read: read it again once.
      manifest = null;
      files = new Map();
      if (attempt === 0) continue;
      if (number === latest) {
        results.replaceChildren();
        status.textContent = "搜索暂时不可用：这个站点的搜索索引没有生成。可以按话题、标签或月份浏览文章。";
      }
      return;
    }
  }
  // Announced once the results are on the page (screen readers, and anyone waiting on it).
  if (number !== latest) return;
  status.textContent = found.length ? `找到 ${found.length} 篇与“${query}”有关的文章` : `没有找到与“${query}”有关的文章，换个说法试试。`;
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
