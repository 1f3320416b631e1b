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
