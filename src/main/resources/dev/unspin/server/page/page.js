// unspin's page for editors: paste or drop an article, check it with POST api/check, review the
// findings in place and accept suggestions. Plain JavaScript, no framework, nothing external.
// Everything that comes from the article or the server is inserted as text (textContent,
// createTextNode), never as HTML.
'use strict';

(function () {
  const SEVERITIES = ['error', 'warning', 'info'];
  const $ = id => document.getElementById(id);

  const el = {
    article: $('article'), format: $('format'), formatNote: $('format-note'), check: $('check'),
    tabEdit: $('tab-edit'), tabReview: $('tab-review'), editPanel: $('edit-panel'), reviewPanel: $('review-panel'),
    error: $('error'), stale: $('stale'), resultText: $('result-text'),
    summaryEmpty: $('summary-empty'), summaryBody: $('summary-body'), score: $('score'), verdict: $('verdict'),
    countTotal: $('count-total'), acceptedNote: $('accepted-note'),
    acceptAll: $('accept-all'), copy: $('copy'), status: $('status'),
    detailsEmpty: $('details-empty'), detailsBody: $('details-body'),
    dSeverity: $('d-severity'), dText: $('d-text'), dMessage: $('d-message'), dSuggestions: $('d-suggestions'),
    dRule: $('d-rule'), dCategory: $('d-category'), dConfidence: $('d-confidence'), dWhere: $('d-where'),
  };

  // The state of the last check. `text` is the current text the findings point into; accepting a
  // suggestion changes it and moves the offsets of the findings after the change.
  const state = {
    checked: false,   // a check has succeeded
    text: '',         // the current text (equals the textarea unless stale)
    findings: [],     // open findings, sorted by start: {id, start, end, text, suggestions, ...}
    fixed: [],        // spans of accepted suggestions in the current text: {start, end, from}
    accepted: 0,
    words: null,      // the checked text's word count
    selected: null,   // id of the selected finding
    busy: false,
    formatSource: 'default', // 'default', 'guessed', 'file' or 'user'
  };

  // ---------------------------------------------------------------- format guessing

  function formatFromName(name) {
    const lower = name.toLowerCase();
    if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
    if (/\.(html?|xhtml)$/.test(lower)) return 'html';
    return 'text';
  }

  function formatFromContent(text) {
    const head = text.slice(0, 20000);
    if (/<!doctype html|<html[\s>]|<body[\s>]|<\/(p|div|article|section|h[1-6]|li|ul|ol|span|a|em|strong|table)>|<br\s*\/?>/i.test(head)) {
      return 'html';
    }
    let marks = 0;
    if (/^#{1,6}\s+\S/m.test(head)) marks += 2;
    if (/\[[^\]\n]+\]\([^)\s]+[^)]*\)/.test(head)) marks += 2;
    if (/^\s{0,3}(```|~~~)/m.test(head)) marks += 2;
    if (/^\s{0,3}[-*+]\s+\S/m.test(head)) marks += 1;
    if (/^\s{0,3}>\s/m.test(head)) marks += 1;
    if (/(\*\*|__)\S[^*\n]*\S\1/.test(head)) marks += 1;
    return marks >= 2 ? 'markdown' : 'text';
  }

  function setFormat(format, source) {
    el.format.value = format;
    state.formatSource = source;
    el.formatNote.textContent = source === 'guessed' ? '(guessed from the text)'
      : source === 'file' ? '(from the file name)' : '';
  }

  function guessFormatIfFree() {
    if (state.formatSource === 'user' || state.formatSource === 'file') return;
    setFormat(formatFromContent(el.article.value), 'guessed');
  }

  // ---------------------------------------------------------------- views

  function showView(view) {
    const review = view === 'review';
    el.editPanel.hidden = review;
    el.reviewPanel.hidden = !review;
    el.tabEdit.setAttribute('aria-selected', String(!review));
    el.tabReview.setAttribute('aria-selected', String(review));
  }

  function setStatus(message) {
    el.status.textContent = message;
  }

  function showError(title, detail) {
    el.error.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = title;
    el.error.append(strong);
    if (detail) el.error.append(document.createTextNode(detail));
    el.error.hidden = false;
  }

  function clearError() {
    el.error.hidden = true;
    el.error.replaceChildren();
  }

  function isStale() {
    return state.checked && el.article.value !== state.text;
  }

  function updateStale() {
    const stale = isStale();
    el.stale.hidden = !stale;
    el.acceptAll.disabled = stale || !state.findings.some(f => f.suggestions.length > 0);
    if (stale) {
      renderText();
      showDetails(null);
    }
  }

  // The text with a <mark> per open finding and a <span class="fixed"> per accepted suggestion.
  function renderText() {
    const container = el.resultText;
    container.replaceChildren();
    const text = isStale() ? el.article.value : state.text;
    if (isStale()) {
      container.append(document.createTextNode(text));
      return;
    }
    const spans = state.findings.map(f => ({kind: 'finding', start: f.start, end: f.end, finding: f}))
      .concat(state.fixed.map(x => ({kind: 'fixed', start: x.start, end: x.end, fixed: x})))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    let at = 0;
    for (const span of spans) {
      if (span.start < at) continue; // overlapping spans are not expected; never draw one twice
      if (span.start > at) container.append(document.createTextNode(text.slice(at, span.start)));
      const part = text.slice(span.start, span.end);
      if (span.kind === 'finding') {
        container.append(markFor(span.finding, part));
      } else {
        const fixed = document.createElement('span');
        fixed.className = 'fixed';
        fixed.title = 'accepted; was “' + span.fixed.from + '”';
        fixed.textContent = part;
        container.append(fixed);
      }
      at = span.end;
    }
    if (at < text.length) container.append(document.createTextNode(text.slice(at)));
  }

  function markFor(finding, part) {
    const mark = document.createElement('mark');
    mark.className = finding.severity;
    mark.id = 'finding-' + finding.id;
    mark.dataset.id = String(finding.id);
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-controls', 'details');
    const first = finding.suggestions.length ? ', suggestion ' + finding.suggestions.join(' or ') : ', no suggestion';
    mark.setAttribute('aria-label', part + ' (' + finding.severity + first + ')');
    if (state.selected === finding.id) mark.setAttribute('aria-current', 'true');
    mark.textContent = part;
    return mark;
  }

  function renderSummary(doc) {
    if (doc) {
      el.score.textContent = Number(doc.score).toFixed(1);
      el.verdict.textContent = doc.verdict;
      el.verdict.className = 'verdict ' + (['clean', 'suspect', 'spun'].includes(doc.verdict) ? doc.verdict : '');
      el.summaryEmpty.hidden = true;
      el.summaryBody.hidden = false;
    }
    const counts = {error: 0, warning: 0, info: 0};
    for (const f of state.findings) if (f.severity in counts) counts[f.severity]++;
    for (const s of SEVERITIES) $('count-' + s).textContent = String(counts[s]);
    const n = state.findings.length;
    if (doc) state.words = doc.words;
    el.countTotal.textContent = n + (n === 1 ? ' finding' : ' findings')
      + (Number.isInteger(state.words) ? ' in ' + state.words + ' words' : '') + ':';
    el.acceptedNote.hidden = state.accepted === 0;
    el.acceptedNote.textContent = state.accepted + ' suggestion' + (state.accepted === 1 ? '' : 's')
      + ' accepted; the score is that of the checked text: check again to update it.';
    el.acceptAll.disabled = isStale() || !state.findings.some(f => f.suggestions.length > 0);
  }

  function findingById(id) {
    return state.findings.find(f => f.id === id) || null;
  }

  function lineColumn(text, offset) {
    let line = 1, lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return 'line ' + line + ', column ' + (offset - lineStart + 1);
  }

  function showDetails(finding) {
    for (const m of el.resultText.querySelectorAll('mark[aria-current]')) m.removeAttribute('aria-current');
    state.selected = finding ? finding.id : null;
    el.detailsEmpty.hidden = !!finding;
    el.detailsBody.hidden = !finding;
    if (!finding) return;
    const mark = $('finding-' + finding.id);
    if (mark) mark.setAttribute('aria-current', 'true');
    el.dSeverity.textContent = finding.severity;
    el.dSeverity.className = 'badge ' + finding.severity;
    el.dText.textContent = state.text.slice(finding.start, finding.end);
    el.dMessage.textContent = finding.message || '';
    el.dRule.textContent = finding.rule || '';
    el.dCategory.textContent = finding.category || '';
    el.dConfidence.textContent = typeof finding.confidence === 'number' ? finding.confidence.toFixed(2) : '';
    el.dWhere.textContent = lineColumn(state.text, finding.start);
    el.dSuggestions.replaceChildren();
    if (finding.suggestions.length === 0) {
      const none = document.createElement('p');
      none.className = 'muted';
      none.textContent = 'No suggestion: rewrite it in the Edit view.';
      el.dSuggestions.append(none);
    }
    finding.suggestions.forEach((suggestion, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.index = String(i);
      if (i < 9) {
        const key = document.createElement('kbd');
        key.textContent = String(i + 1);
        button.append(key);
      }
      button.append(document.createTextNode('Accept “' + suggestion + '”'));
      button.setAttribute('aria-label', 'Accept ' + suggestion);
      el.dSuggestions.append(button);
    });
  }

  // ---------------------------------------------------------------- accepting suggestions

  // Replaces the finding's span with the suggestion and moves every later offset by the change
  // in length. Findings never overlap (the server merges them), so only later spans move.
  function applyOne(finding, suggestion) {
    const text = state.text;
    const delta = suggestion.length - (finding.end - finding.start);
    const from = text.slice(finding.start, finding.end);
    state.text = text.slice(0, finding.start) + suggestion + text.slice(finding.end);
    const shift = span => {
      if (span.start >= finding.end) {
        span.start += delta;
        span.end += delta;
      }
    };
    state.findings = state.findings.filter(f => f !== finding);
    state.findings.forEach(shift);
    state.fixed.forEach(shift);
    state.fixed.push({start: finding.start, end: finding.start + suggestion.length, from: from});
    state.accepted++;
  }

  function accept(finding, index) {
    if (!finding || isStale() || index >= finding.suggestions.length) return;
    const position = state.findings.indexOf(finding);
    applyOne(finding, finding.suggestions[index]);
    el.article.value = state.text;
    renderText();
    renderSummary(null);
    setStatus('Accepted “' + finding.suggestions[index] + '”.');
    const next = state.findings[position] || state.findings[position - 1] || null;
    showDetails(next);
    if (next) $('finding-' + next.id).focus();
    else el.resultText.focus();
  }

  function acceptAll() {
    if (isStale()) return;
    // From the end backwards, so the offsets of the findings still to do stay valid.
    const todo = state.findings.filter(f => f.suggestions.length > 0).sort((a, b) => b.start - a.start);
    for (const finding of todo) applyOne(finding, finding.suggestions[0]);
    el.article.value = state.text;
    renderText();
    renderSummary(null);
    showDetails(null);
    const left = state.findings.length;
    setStatus(todo.length + ' suggestion' + (todo.length === 1 ? '' : 's') + ' accepted'
      + (left ? '; ' + left + ' finding' + (left === 1 ? '' : 's') + ' without a suggestion left.' : '.'));
  }

  // ---------------------------------------------------------------- copying

  function copyWithSelection(text) {
    const scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.setAttribute('readonly', '');
    scratch.className = 'visually-hidden';
    document.body.append(scratch);
    const focused = document.activeElement;
    scratch.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    scratch.remove();
    if (focused && focused.focus) focused.focus();
    return ok;
  }

  async function copyText() {
    const text = el.article.value;
    let ok = false;
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        ok = true;
      } catch (e) {
        ok = false;
      }
    }
    if (!ok) ok = copyWithSelection(text);
    if (ok) {
      setStatus('Copied the text (' + text.length + ' characters) to the clipboard.');
    } else {
      // Last resort: select the text for the user to copy by hand.
      showView('edit');
      el.article.focus();
      el.article.select();
      setStatus('Copying is not allowed here: the text is selected, press Ctrl+C (⌘+C) to copy it.');
    }
    el.copy.dataset.copied = ok ? 'yes' : 'no';
  }

  // ---------------------------------------------------------------- checking

  function describeHttpError(status, message) {
    switch (status) {
      case 413: return ['The article is too large for the server.', message || 'Check a shorter text, or split it.'];
      case 429: return ['The server is busy checking other articles.', message || 'Try again in a few seconds.'];
      case 400: return ['The server could not check this text.', message || 'The request was not valid.'];
      default: return ['The server failed (HTTP ' + status + ').', message || ''];
    }
  }

  async function runCheck() {
    if (state.busy) return;
    const text = el.article.value;
    if (!text.trim()) {
      showError('Nothing to check.', 'Paste or drop an article first.');
      el.article.focus();
      return;
    }
    guessFormatIfFree();
    clearError();
    state.busy = true;
    el.check.disabled = true;
    document.body.setAttribute('aria-busy', 'true');
    setStatus('Checking…');
    try {
      let response;
      try {
        response = await fetch('api/check', {
          method: 'POST',
          body: new URLSearchParams({text: text, format: el.format.value}),
          headers: {'Accept': 'application/json'},
        });
      } catch (e) {
        showError('Could not reach the unspin server.', 'Is `unspin serve` still running?');
        setStatus('');
        return;
      }
      let body = null;
      try {
        body = await response.json();
      } catch (e) {
        body = null;
      }
      if (!response.ok) {
        const message = body && typeof body.error === 'string' ? body.error : '';
        const [title, detail] = describeHttpError(response.status, message);
        showError(title, ' ' + detail);
        setStatus('');
        return;
      }
      const doc = body && Array.isArray(body.documents) ? body.documents[0] : null;
      if (!doc) {
        const problem = body && Array.isArray(body.errors) && body.errors[0] ? body.errors[0].message : 'The server sent no report.';
        showError('The text could not be checked.', ' ' + problem);
        setStatus('');
        return;
      }
      if (el.article.value !== text) {
        setStatus('The text changed while it was being checked: check it again.');
      }
      loadReport(text, doc);
    } finally {
      state.busy = false;
      el.check.disabled = false;
      document.body.removeAttribute('aria-busy');
    }
  }

  function loadReport(text, doc) {
    state.checked = true;
    state.text = text;
    state.accepted = 0;
    state.fixed = [];
    state.selected = null;
    state.findings = (doc.findings || [])
      .filter(f => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end)
      .map((f, i) => ({
        id: i, start: f.start, end: f.end, text: String(f.text ?? ''),
        suggestions: Array.isArray(f.suggestions) ? f.suggestions.map(String) : [],
        message: String(f.message ?? ''), rule: String(f.rule ?? ''), category: String(f.category ?? ''),
        severity: SEVERITIES.includes(f.severity) ? f.severity : 'info',
        confidence: typeof f.confidence === 'number' ? f.confidence : null,
      }))
      .sort((a, b) => a.start - b.start);
    el.tabReview.disabled = false;
    el.stale.hidden = true;
    renderSummary(doc);
    renderText();
    showDetails(null);
    showView('review');
    const n = state.findings.length;
    if (!isStale()) setStatus('Checked: ' + doc.verdict + ', ' + n + (n === 1 ? ' finding.' : ' findings.'));
    updateStale();
    const first = el.resultText.querySelector('mark');
    (first || el.resultText).focus();
  }

  // ---------------------------------------------------------------- events

  el.check.addEventListener('click', runCheck);
  document.addEventListener('keydown', e => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      runCheck();
    }
  });

  el.format.addEventListener('change', () => {
    state.formatSource = 'user';
    el.formatNote.textContent = '';
  });

  el.article.addEventListener('paste', () => setTimeout(guessFormatIfFree, 0));
  let guessTimer = 0;
  el.article.addEventListener('input', () => {
    clearTimeout(guessTimer);
    guessTimer = setTimeout(guessFormatIfFree, 400);
    if (state.checked) updateStale();
  });

  // Dropping a file (anywhere on the edit panel) loads it; dropped text is left to the textarea.
  const hasFiles = e => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  el.editPanel.addEventListener('dragover', e => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    el.editPanel.classList.add('dragging');
  });
  el.editPanel.addEventListener('dragleave', () => el.editPanel.classList.remove('dragging'));
  el.editPanel.addEventListener('drop', async e => {
    el.editPanel.classList.remove('dragging');
    if (!hasFiles(e)) return;
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (!file) return;
    try {
      el.article.value = await file.text();
    } catch (err) {
      showError('Could not read the dropped file.', ' ' + file.name);
      return;
    }
    const byName = formatFromName(file.name);
    if (byName !== 'text' || /\.(txt|text)$/i.test(file.name)) setFormat(byName, 'file');
    else setFormat(formatFromContent(el.article.value), 'guessed');
    clearError();
    setStatus('Loaded ' + file.name + '.');
    if (state.checked) updateStale();
    el.article.focus();
  });

  el.tabEdit.addEventListener('click', () => {
    showView('edit');
    el.article.focus();
  });
  el.tabReview.addEventListener('click', () => showView('review'));

  el.resultText.addEventListener('click', e => {
    const mark = e.target.closest('mark');
    if (!mark) return;
    showDetails(findingById(Number(mark.dataset.id)));
  });
  el.resultText.addEventListener('focusin', e => {
    const mark = e.target.closest && e.target.closest('mark');
    if (mark) showDetails(findingById(Number(mark.dataset.id)));
  });
  el.resultText.addEventListener('keydown', e => {
    const mark = e.target.closest && e.target.closest('mark');
    if (!mark || e.ctrlKey || e.metaKey || e.altKey) return;
    const finding = findingById(Number(mark.dataset.id));
    if (!finding) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      showDetails(finding);
      const button = el.dSuggestions.querySelector('button');
      if (button) button.focus();
    } else if (/^[1-9]$/.test(e.key)) {
      e.preventDefault();
      accept(finding, Number(e.key) - 1);
    }
  });

  el.dSuggestions.addEventListener('click', e => {
    const button = e.target.closest('button');
    if (!button) return;
    accept(findingById(state.selected), Number(button.dataset.index));
  });
  $('details').addEventListener('keydown', e => {
    if (e.key === 'Escape' && state.selected !== null) {
      e.preventDefault();
      const mark = $('finding-' + state.selected);
      if (mark) mark.focus();
    } else if (/^[1-9]$/.test(e.key) && state.selected !== null && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      accept(findingById(state.selected), Number(e.key) - 1);
    }
  });

  el.acceptAll.addEventListener('click', acceptAll);
  el.copy.addEventListener('click', copyText);
})();
