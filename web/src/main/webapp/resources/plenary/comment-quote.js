/*
 * Comments on a passage: text selected in a section's body is copied into that section's
 * "passage" field, which stays a plain text field for anyone who types or pastes the passage.
 */
(function () {
  "use strict";
  document.addEventListener("mouseup", copySelection);
  document.addEventListener("keyup", copySelection);

  function copySelection() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    var node = selection.getRangeAt(0).commonAncestorContainer;
    var element = node.nodeType === 1 ? node : node.parentElement;
    var body = element && element.closest(".section-body");
    if (!body) {
      return;
    }
    var field = document.querySelector(
      '.comment-quote-field[data-section="' + body.getAttribute("data-section") + '"]');
    if (field) {
      field.value = selection.toString().replace(/\s+/g, " ").trim().substring(0, 1000);
      var details = field.closest("details");
      if (details) {
        details.open = true;
      }
    }
  }
})();
