/*
 * Parallax: each permanent link marked "Link" (a .permalink's <a>) becomes a button that copies its full address.
 * Without JavaScript, or where the page may not use the clipboard (an address that is not https or localhost), the
 * plain link stays: it works on its own. "Copied" is said on the button and, for screen readers, in a live region.
 * The words come from the page (data attributes), which takes them from messages.properties.
 */
(function () {
  'use strict';
  if (!window.isSecureContext || !navigator.clipboard) {
    return;
  }
  var links = document.querySelectorAll('.permalink a[data-copy]');
  if (links.length === 0) {
    return;
  }
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  (document.querySelector('main') || document.body).appendChild(status);

  links.forEach(function (link) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = link.dataset.copy;
    button.setAttribute('aria-label', link.dataset.copyLabel);
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(link.href).then(function () {
        // The visible word stays part of the accessible name while it shows.
        button.textContent = link.dataset.copied;
        button.setAttribute('aria-label', link.dataset.copiedLabel);
        status.textContent = link.dataset.copiedLabel;
        window.setTimeout(function () {
          button.textContent = link.dataset.copy;
          button.setAttribute('aria-label', link.dataset.copyLabel);
          status.textContent = '';
        }, 2500);
      }, function () {
        // Refused (no permission): the reader can still use the link itself.
        link.hidden = false;
        button.remove();
      });
    });
    link.hidden = true;
    link.after(button);
  });
})();
