// Dupliwatch pages: theme switch, toasts, htmx error handling, live-update status and polling fallback,
// relative times kept fresh, copy buttons, keyboard shortcuts. No inline script anywhere: the CSP forbids it.
(function () {
    'use strict';

    var root = document.documentElement;
    var THEMES = ['system', 'light', 'dark'];

    // ---- Theme: the server renders data-theme from the cookie, so there is no flash on load.
    function setTheme(theme) {
        root.dataset.theme = theme;
        document.cookie = 'dw-theme=' + theme + '; path=/; max-age=31536000; samesite=lax';
        var button = document.getElementById('theme-toggle');
        if (button) {
            var label = button.getAttribute('data-label-' + theme);
            button.setAttribute('aria-label', label);
            button.title = label;
        }
        document.dispatchEvent(new CustomEvent('dw:theme'));
    }

    // ---- Toasts
    function toast(message, kind) {
        var box = document.getElementById('toasts');
        if (!box) {
            return;
        }
        var item = document.createElement('div');
        item.className = 'toast toast-' + (kind || 'error');
        item.setAttribute('role', 'alert');
        var text = document.createElement('span');
        text.className = 'toast-text';
        text.textContent = message;
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'toast-close';
        close.setAttribute('aria-label', box.dataset.close);
        close.textContent = '×';
        item.append(text, close);
        box.append(item);
        scheduleRemoval(item);
    }

    function scheduleRemoval(item) {
        setTimeout(function () { item.remove(); }, 8000);
    }

    // ---- Relative times: same units and thresholds as Ui.relative() on the server.
    var MINUTE = 60, HOUR = 3600, DAY = 86400, MONTH = 30 * DAY, YEAR = 365 * DAY;
    var relativeFormat = null;

    function relative(date, now) {
        var seconds = Math.floor((now - date) / 1000);
        var abs = Math.abs(seconds);
        if (abs < MINUTE) {
            return root.dataset.justNow;
        }
        var unit, count;
        if (abs < HOUR) { unit = 'minute'; count = Math.floor(abs / MINUTE); }
        else if (abs < DAY) { unit = 'hour'; count = Math.floor(abs / HOUR); }
        else if (abs < MONTH) { unit = 'day'; count = Math.floor(abs / DAY); }
        else if (abs < YEAR) { unit = 'month'; count = Math.floor(abs / MONTH); }
        else { unit = 'year'; count = Math.floor(abs / YEAR); }
        return relativeFormat.format(seconds >= 0 ? -count : count, unit);
    }

    function sameScript(one, other) {
        return new Intl.Locale(one).maximize().script === new Intl.Locale(other).maximize().script;
    }

    function refreshTimes() {
        if (!relativeFormat) {
            relativeFormat = new Intl.RelativeTimeFormat(root.lang, { numeric: 'always' });
        }
        if (!sameScript(relativeFormat.resolvedOptions().locale, root.lang)) {
            return; // the browser has the language only in another script (hi-Latn → hi): keep the server's words
        }
        var now = Date.now();
        document.querySelectorAll('time.ago[datetime]').forEach(function (el) {
            var text = relative(new Date(el.getAttribute('datetime')), now);
            if (el.textContent !== text) {
                el.textContent = text;
            }
        });
    }

    // ---- Live updates: the htmx SSE extension holds the stream; when it is down, poll every 30 s.
    var live = { open: false, timer: null };

    function showLive(open) {
        var status = document.getElementById('live-status');
        if (!status) {
            return;
        }
        status.hidden = false;
        status.classList.toggle('is-live', open);
        status.classList.toggle('is-off', !open);
        status.querySelector('.live-text').textContent = open ? status.dataset.on : status.dataset.off;
        status.title = open ? status.dataset.titleOn : status.dataset.titleOff;
    }

    function startPolling() {
        if (live.timer) {
            return;
        }
        live.timer = setInterval(function () {
            var listener = document.getElementById('live-listener');
            if (listener && !live.open) {
                htmx.trigger(listener, 'poll');
            }
        }, 30000);
    }

    function stopPolling() {
        clearInterval(live.timer);
        live.timer = null;
    }

    // ---- Copy buttons
    function copy(button) {
        var source = document.querySelector(button.dataset.copy);
        if (!source) {
            return;
        }
        var text = source.innerText.trim();
        var done = function () {
            var label = button.querySelector('span');
            var before = label.textContent;
            label.textContent = button.dataset.copied;
            setTimeout(function () { label.textContent = before; }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done);
        } else {
            var range = document.createRange();
            range.selectNodeContents(source);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            document.execCommand('copy');
            done();
        }
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (target.closest('#theme-toggle')) {
            var next = THEMES[(THEMES.indexOf(root.dataset.theme) + 1) % THEMES.length];
            setTheme(next);
        } else if (target.closest('.toast-close')) {
            target.closest('.toast').remove();
        } else if (target.closest('[data-copy]')) {
            copy(target.closest('[data-copy]'));
        } else if (target.closest('tr[data-href]') && !target.closest('a, button, input')) {
            window.location.href = target.closest('tr[data-href]').dataset.href;
        }
    });

    // Log search on the run page: hide the lines that do not contain the text.
    document.addEventListener('input', function (event) {
        if (event.target.classList.contains('log-search')) {
            var needle = event.target.value.toLowerCase();
            event.target.nextElementSibling.querySelectorAll('li').forEach(function (line) {
                line.hidden = needle !== '' && line.textContent.toLowerCase().indexOf(needle) < 0;
            });
        }
    });

    // A new order starts in its natural direction (captured before htmx reads the form).
    document.addEventListener('change', function (event) {
        if (event.target.id === 'board-sort') {
            var option = event.target.selectedOptions[0];
            document.getElementById('board-dir').value = option.dataset.dir;
        }
    }, true);

    document.addEventListener('keydown', function (event) {
        var filter = document.getElementById('q');
        if (event.key === '/' && filter && !event.target.closest('input, textarea, select')) {
            event.preventDefault();
            filter.focus();
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.toast').forEach(scheduleRemoval);
        // Link to the Duplicati UI when a connection to it is set up (collect's API answers null otherwise).
        document.querySelectorAll('a[data-connection]').forEach(function (link) {
            fetch(link.dataset.connection, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (connection) {
                    if (connection && window.dupliwatch.duplicatiUrl(connection)) {
                        link.href = window.dupliwatch.duplicatiUrl(connection);
                        link.hidden = false;
                    }
                })
                .catch(function () { /* no link */ });
        });
        setInterval(refreshTimes, 60000);

        document.body.addEventListener('htmx:sseOpen', function () {
            live.open = true;
            stopPolling();
            showLive(true);
        });
        document.body.addEventListener('htmx:sseError', function () {
            live.open = false;
            showLive(false);
            startPolling();
        });
        // A server error answered with a toast (HX-Retarget) is shown; anything else becomes a generic toast.
        document.body.addEventListener('htmx:beforeSwap', function (event) {
            var xhr = event.detail.xhr;
            if (xhr.status >= 400) {
                if (xhr.getResponseHeader('HX-Retarget')) {
                    event.detail.shouldSwap = true;
                    event.detail.isError = false;
                } else {
                    toast(document.getElementById('toasts').dataset.error);
                }
            }
        });
        document.body.addEventListener('htmx:sendError', function () {
            toast(document.getElementById('toasts').dataset.network);
        });
        document.body.addEventListener('htmx:oobErrorNoTarget', function (event) {
            // A changed card that is not on this page (filtered out): nothing to do.
            event.preventDefault();
        });
    });

    // The address Duplicati answered at, else the configured one when it is a full http(s) URL.
    function duplicatiUrl(connection) {
        var url = connection.duplicatiUrl || connection.url || '';
        return /^https?:\/\//i.test(url) ? url : null;
    }

    // The one way scripts put a value into a URL path, encoded as UrlPath does on the server: everything but
    // letters, digits and - . _ ~, so that a name such as "../users/4" stays one segment.
    function segment(value) {
        return encodeURIComponent(String(value)).replace(/[!'()*]/g, function (c) {
            return '%' + c.charCodeAt(0).toString(16).toUpperCase();
        });
    }

    window.dupliwatch = { toast: toast, duplicatiUrl: duplicatiUrl, segment: segment };
})();
