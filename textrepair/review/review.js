// textrepair review pages: the input / output / both toggle of each reviewed document.
(function () {
  "use strict";
  var VIEWS = ["input", "output", "both"];
  function show(review, view) {
    VIEWS.forEach(function (name) {
      review.classList.toggle("view-" + name, name === view);
    });
    review.querySelectorAll(".toggle button").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.view === view));
    });
  }
  document.querySelectorAll(".review").forEach(function (review) {
    review.querySelectorAll(".toggle button").forEach(function (button) {
      button.addEventListener("click", function () { show(review, button.dataset.view); });
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")) return;
    var view = { i: "input", o: "output", b: "both" }[event.key];
    if (!view) return;
    document.querySelectorAll(".review").forEach(function (review) { show(review, view); });
  });
})();
