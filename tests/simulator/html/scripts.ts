// The simulator's only client-side code: plain inline scripts, as small as the behaviour needs.

/** ClientTrack's date mask: the digits typed (02182024) become MM/DD/YYYY (02/18/2024). Inlined into the page script. */
export function maskDate(text: string): string {
  var digits = text.replace(/\D/g, '').slice(0, 8);
  return (
    digits.slice(0, 2) +
    (digits.length > 2 ? `/${digits.slice(2, 4)}` : '') +
    (digits.length > 4 ? `/${digits.slice(4)}` : '')
  );
}

/** Runs in every workspace frame and dialog. */
export const FRAME_SCRIPT = `(function () {
  'use strict';
  var shell = window.parent !== window ? window.parent.ctShell : undefined;

  // A page tells the app shell whose page it is and which workflow step it shows, on load.
  var update = document.getElementById('ShellUpdate');
  if (update && shell) {
    shell.update(update.getAttribute('data-client-name') || '', update.getAttribute('data-client-id') || '', update.innerHTML);
  }
  // A dialog whose work is done closes itself and moves the workspace on.
  var done = document.body.getAttribute('data-close-dialog');
  if (done !== null && shell) shell.closeDialog(window.frameElement, done);

  // MM/DD/YYYY mask: the user types digits, the slashes appear.
  var maskDate = ${maskDate.toString()};
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.closest || !input.closest('.DateField')) return;
    var masked = maskDate(input.value);
    if (masked !== input.value) input.value = masked;
  });

  // Rule Designer: rows that show only while another field holds certain answers.
  function valueOf(id) {
    var control = document.getElementById(id);
    if (!control) return '';
    if (control.tagName === 'SPAN') {
      var checked = control.querySelector('input:checked');
      return checked ? checked.value : '';
    }
    if (control.type === 'checkbox') return control.checked ? control.value : '';
    return control.value;
  }
  document.addEventListener('change', function (event) {
    var rows = document.querySelectorAll('[data-show-when]');
    for (var i = 0; i < rows.length; i++) {
      var codes = rows[i].getAttribute('data-show-values').split('|');
      rows[i].style.display = codes.indexOf(valueOf(rows[i].getAttribute('data-show-when'))) >= 0 ? '' : 'none';
    }
    // Ticking a member on HUD Program Enrollment fills an empty Project Start Date with today.
    var box = event.target;
    var start = box.getAttribute && document.getElementById(box.getAttribute('data-start-date') || '');
    if (start && box.checked && !start.value) start.value = box.getAttribute('data-today');
  });

  function openDialog(url) {
    if (shell) shell.openDialog(url);
    else window.location.href = url;
  }
  var menu = document.getElementById('ActionMenu');
  function hideMenu() {
    if (menu) menu.hidden = true;
  }
  // The shared menu, filled with the opener's items and put under it.
  function openMenu(opener) {
    menu.innerHTML = document.getElementById(opener.getAttribute('data-menu')).innerHTML;
    var box = opener.getBoundingClientRect();
    menu.style.top = (box.bottom + window.scrollY) + 'px';
    menu.style.left = (box.left + window.scrollX) + 'px';
    menu.hidden = false;
  }
  if (document.body.hasAttribute('data-menu-on-hover')) {
    document.addEventListener('mouseover', function (event) {
      var opener = event.target.closest && event.target.closest('[data-menu]');
      if (opener && menu) openMenu(opener);
    });
  }
  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    var dialog = target.closest('[data-dialog]');
    if (dialog) {
      event.preventDefault();
      hideMenu();
      openDialog(dialog.getAttribute('data-dialog'));
      return;
    }
    var close = target.closest('[data-close]');
    if (close) {
      event.preventDefault();
      if (shell) shell.closeDialog(window.frameElement, close.getAttribute('data-close'));
      return;
    }
    var opener = target.closest('[data-menu]');
    if (opener && menu) {
      event.preventDefault();
      openMenu(opener);
      return;
    }
    if (!target.closest('#ActionMenu')) hideMenu();
  });
})();`;

/**
 * Asynchronous page updates (async variant): a moment after the user changes a field, the page
 * draws that field's cell again, a new control holding the same value, as a slow server round trip does.
 */
export const ASYNC_SCRIPT = `(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var control = event.target;
    var cell = control && control.closest && control.closest('td.FieldStyle, table.ResultSet td');
    if (!cell || control.type === 'checkbox' || control.type === 'radio') return;
    setTimeout(function () {
      if (!control.isConnected) return;
      var copy = control.cloneNode(true);
      if (control.tagName === 'SELECT') copy.selectedIndex = control.selectedIndex;
      else copy.value = control.value;
      var focused = document.activeElement === control;
      control.replaceWith(copy);
      if (focused) copy.focus();
    }, 60);
  });
})();`;

/** Runs in the app shell (the top document). */
export const SHELL_SCRIPT = `window.ctShell = (function () {
  'use strict';
  var dialogs = 0;
  var workspace = document.getElementById('TabFrame_2');
  var shell = {
    update: function (name, clientId, bar) {
      document.querySelector('span[aria-label="Name"]').textContent = name;
      document.getElementById('WorkflowBar').innerHTML = bar;
      var dashboard = document.getElementById('MenuDashboard');
      if (dashboard && clientId) dashboard.href = dashboard.getAttribute('data-href').replace(/%7Bclient%7D|[{]client[}]/i, encodeURIComponent(clientId));
    },
    // Dialogs open in iframe#Frame<n>, n rising each time, as ClientTrack does.
    openDialog: function (url) {
      dialogs += 1;
      var box = document.createElement('div');
      box.className = 'DialogBox';
      box.setAttribute('role', 'dialog');
      var frame = document.createElement('iframe');
      frame.id = 'Frame' + dialogs;
      frame.name = frame.id;
      frame.src = url;
      box.appendChild(frame);
      document.body.appendChild(box);
    },
    // then: '' to stay, 'reload' to reload the workspace page, or a URL to open in it.
    closeDialog: function (frame, then) {
      if (frame && frame.parentNode) frame.parentNode.remove();
      if (then === 'reload') workspace.contentWindow.location.reload();
      else if (then) workspace.src = then;
    }
  };
  document.addEventListener('click', function (event) {
    var opener = event.target.closest('[data-dialog]');
    if (!opener) return;
    event.preventDefault();
    shell.openDialog(opener.getAttribute('data-dialog'));
  });
  return shell;
})();`;
