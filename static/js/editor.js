// Live length counters and readability for the post editor.
// The server measures (twitter-text weighting, textstat) so that the numbers shown
// while typing are exactly the ones enforced on save. Text is POSTed, never put in a URL.
(function () {
  "use strict";
  const form = document.getElementById("post-form");
  if (!form) return;
  const url = form.dataset.analyzeUrl;
  const fields = ["body", "link", "hashtags", "x_text", "facebook_text"];
  const csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  let timer = null;
  let inFlight = null;

  function render(data) {
    const problems = [];
    for (const [platform, m] of Object.entries(data.platforms)) {
      const counter = document.getElementById("counter-" + platform);
      const bar = document.getElementById("bar-" + platform);
      if (!counter || !bar) continue;
      counter.textContent = m.length.toLocaleString() + " / " + m.limit.toLocaleString();
      counter.classList.toggle("text-danger", !m.fits);
      counter.classList.toggle("fw-bold", !m.fits);
      bar.style.width = Math.min(100, (100 * m.length) / m.limit) + "%";
      bar.classList.toggle("bg-danger", !m.fits);
      if (!m.fits) problems.push(m.message);
    }
    document.getElementById("length-problems").textContent = problems.join(" ");
    const badge = document.getElementById("readability-grade");
    const r = data.readability;
    badge.textContent = r.grade === null ? "–" : "Grade " + r.grade;
    badge.className = "badge " + ({good: "text-bg-success", fair: "text-bg-warning", hard: "text-bg-danger"}[r.level] || "text-bg-secondary");
    document.getElementById("readability-guidance").textContent = r.guidance;
    renderFindings(data);
  }

  // The text with each finding marked, under its field, and the reasons listed.
  function renderFindings(data) {
    let total = 0;
    for (const name of ["body", "x_text", "facebook_text"]) {
      const mirror = document.getElementById("mirror-" + name);
      if (!mirror) continue;
      const findings = (data.findings && data.findings[name]) || [];
      total += findings.length;
      mirror.replaceChildren();
      mirror.hidden = findings.length === 0;
      if (!findings.length) continue;
      // The server's offsets count code points (Python); JS strings count UTF-16
      // units, so an emoji before a name would shift a plain slice.
      const chars = Array.from(form.elements[name].value);
      const slice = (a, b) => chars.slice(a, b).join("");
      const marked = document.createElement("div");
      let last = 0;
      for (const f of findings.slice().sort((a, b) => a.start - b.start)) {
        if (f.start < last) continue;
        marked.append(document.createTextNode(slice(last, f.start)));
        const mark = document.createElement("mark");
        mark.className = "phi";
        mark.dataset.type = f.type;
        mark.title = f.type + ": " + f.reason;
        mark.textContent = slice(f.start, f.end);
        marked.append(mark);
        last = f.end;
      }
      marked.append(document.createTextNode(slice(last)));
      marked.style.whiteSpace = "pre-wrap";
      const list = document.createElement("ul");
      list.className = "small";
      for (const f of findings) {
        const item = document.createElement("li");
        const type = document.createElement("strong");
        type.textContent = f.type + " ";
        item.append(type, document.createTextNode("“" + slice(f.start, f.end) + "”: " + f.reason));
        list.append(item);
      }
      mirror.append(marked, list);
    }
    const summary = document.getElementById("phi-summary");
    if (summary) {
      summary.textContent = !data.patient_specific
        ? "Nothing patient-specific found."
        : total
          ? "Looks patient-specific (" + total + " finding" + (total === 1 ? "" : "s") + "): a signed release and a compliance review are needed."
          : "Reads like a story about a specific patient, though nothing in it is highlighted: check it for names, places and dates. A signed release and a compliance review are needed.";
      summary.className = "small mb-0 " + (data.patient_specific ? "text-warning-emphasis fw-semibold" : "text-body-secondary");
    }
  }

  function analyze() {
    const body = new FormData();
    for (const name of fields) {
      const el = form.elements[name];
      body.append(name, el ? el.value : "");
    }
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    fetch(url, {method: "POST", body, headers: {"X-CSRFToken": csrf}, signal: inFlight.signal, credentials: "same-origin"})
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then(render)
      .catch(() => {});
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(analyze, 250);
  }

  for (const name of fields) {
    const el = form.elements[name];
    if (el) el.addEventListener("input", schedule);
  }
  analyze();
})();
