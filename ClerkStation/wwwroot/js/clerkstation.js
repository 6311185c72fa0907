// Counter keyboard shortcuts: "/" or Ctrl+K focuses the item search box (the clerk's hands stay on the keyboard).
document.addEventListener("keydown", (e) => {
  const inField = e.target instanceof HTMLElement && (e.target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(e.target.tagName));
  if ((e.key === "/" && !inField) || (e.key.toLowerCase() === "k" && (e.ctrlKey || e.metaKey))) {
    const box = document.querySelector("[data-item-search] input");
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  }
});
window.clerkStation = {
  print: () => window.print(),
  focus: (selector) => { const el = document.querySelector(selector); if (el) el.focus(); },
  // A file made on the server (an exported calendar year) handed to the browser as a download.
  download: (fileName, contentType, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: contentType }));
    const a = Object.assign(document.createElement("a"), { href: url, download: fileName });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
};
