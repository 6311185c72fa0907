// Counter keyboard shortcuts: "/" or Ctrl+K focuses the item search box (the clerk's hands stay on the keyboard).
document.addEventListener("keydown", (e) => {
  const inField = e.target instanceof HTMLElement && (e.target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(e.target.tagName));
  if ((e.key === "/" && !inField) || (e.key.toLowerCase() === "k" && (e.ctrlKey || e.metaKey))) {
    const box = document.querySelector("[data-item-search] input");
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  }
});
// Alt+U on a material of the checklist opens its file picker (the drop zone itself is no tab stop: Tab goes on to Accept).
document.addEventListener("keydown", (e) => {
  if (!e.altKey || e.key.toLowerCase() !== "u" || !(e.target instanceof Element)) { return; }
  const row = e.target.closest("tr[data-material]");
  const input = row && document.querySelector(`[data-material-pages="${CSS.escape(row.dataset.material)}"] input[type=file]`);
  if (input) { e.preventDefault(); input.click(); }
});
// Printouts: the print button carries data-print (no inline handlers: the Content-Security-Policy forbids them).
document.addEventListener("click", (e) => {
  if (e.target instanceof Element && e.target.closest("[data-print]")) { window.print(); }
});
window.clerkStation = {
  print: () => window.print(),
  // Asked for after a render; an element that render adds (a new household row) can reach the page a moment after the
  // call, so look again for up to half a second rather than leave the focus where it was.
  focus: (selector, tries = 20) => {
    const el = document.querySelector(selector);
    if (el) { el.focus(); } else if (tries > 0) { setTimeout(() => window.clerkStation.focus(selector, tries - 1), 25); }
  },
  // A file made on the server (an exported calendar year) handed to the browser as a download.
  download: (fileName, contentType, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: contentType }));
    const a = Object.assign(document.createElement("a"), { href: url, download: fileName });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
  // The first thing the keyboard can reach inside a container (the first form field after an item opens), skipping
  // leading text fields already filled (a household row prefilled with the applicant): the clerk starts at the first blank.
  focusFirst: (selector) => {
    const root = document.querySelector(selector);
    const reachable = root ? [...root.querySelectorAll("input:not([type=hidden]), textarea, select, button, [tabindex]")]
      .filter(x => !x.disabled && x.tabIndex >= 0 && x.getClientRects().length > 0) : [];
    const filledText = (x) => (x.tagName === "TEXTAREA" || x.tagName === "SELECT" || (x.tagName === "INPUT" && !["checkbox", "radio"].includes(x.type))) && x.value !== "";
    const el = reachable.find(x => !filledText(x)) ?? reachable[0];
    if (el) el.focus();
  },
};
// The hall display announces each call (speech synthesis; muted on the page by not calling it).
window.clerkStation.speak = (text, lang) => {
  if (!("speechSynthesis" in window)) { return; }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  window.speechSynthesis.speak(utterance);
};
// The counter's window bar: F2 calls the next ticket wherever the focus is.
document.addEventListener("keydown", (e) => {
  if (e.key !== "F2") { return; }
  const button = document.querySelector("[data-call-next]:not([disabled])");
  if (button) { e.preventDefault(); button.click(); }
});
window.clerkStation.windowNumber = (value) => {
  if (value) { localStorage.setItem("clerkStation.window", String(value)); }
  return localStorage.getItem("clerkStation.window");
};
