// Settings pages: forms and buttons that talk to the features' JSON APIs (monitoring, notifications, collect,
// archive), the notification channel list, per-job filters and template previews.
//
// <form class="api-form" data-api="URL" data-method="PUT"> sends its named fields as a JSON object:
//   data-type="boolean" (checkbox), "number", "list" (checkboxes sharing a name), "json" (textarea);
//   data-empty="null" sends null for an empty field, data-empty="omit" leaves it out;
//   names with a dot ("window.start") nest; data-bulk="job" sends one object per checked input named "job";
//   data-method="PATCH" sends only the fields the user changed (a list when any of its checkboxes changed);
//   data-load="URL" fills the fields from a GET first; data-after="reload" reloads the page once saved.
// <button class="api-button" data-api="URL" data-method="POST" data-body='{"json":1}' data-confirm="Sure?">.
// <form method="post" data-confirm="Sure?">: a plain form that asks first.
(function () {
    'use strict';

    var content = document.querySelector('.settings-content');
    if (!content) {
        return;
    }
    var RELOAD_TOAST = 'dupliwatch.toast';

    function csrfHeaders() {
        var headers = document.body.getAttribute('hx-headers');
        return headers ? JSON.parse(headers) : {};
    }

    function api(method, url, body) {
        var headers = Object.assign({ Accept: 'application/json' }, csrfHeaders());
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        return fetch(url, {
            method: method, headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                if (!response.ok) {
                    var error = new Error(json && (json.message || json.error) ? json.message || json.error
                            : response.status + ' ' + response.statusText);
                    error.field = json && (json.field || json.fieldName);
                    throw error;
                }
                return json;
            });
        });
    }

    function toast(message, kind) {
        window.dupliwatch.toast(message, kind);
    }

    function done(element, message) {
        var text = message || content.dataset.saved;
        if (element.dataset.after === 'reload') {
            sessionStorage.setItem(RELOAD_TOAST, text);
            window.location.reload();
        } else {
            toast(text, 'success');
        }
    }

    function failed(form, error) {
        toast(content.dataset.failed + ' ' + error.message);
        if (form && error.field) {
            var field = form.querySelector('[name="' + error.field.split('.')[0] + '"]');
            if (field) {
                field.setAttribute('aria-invalid', 'true');
                field.focus();
            }
        }
    }

    function setPath(target, path, value) {
        var keys = path.split('.');
        var last = keys.pop();
        keys.forEach(function (key) {
            target[key] = target[key] || {};
            target = target[key];
        });
        target[last] = value;
    }

    function changed(el) {
        if (el.type === 'checkbox' || el.type === 'radio') {
            return el.checked !== el.defaultChecked;
        }
        if (el.tagName === 'SELECT') {
            return Array.prototype.some.call(el.options, function (option) { return option.selected !== option.defaultSelected; });
        }
        return el.value !== el.defaultValue;
    }

    function fieldsOf(form) {
        var body = {};
        var fields = Array.prototype.filter.call(form.elements, function (el) {
            return el.name && el.name !== 'job' && !el.disabled && el.type !== 'submit' && el.type !== 'button';
        });
        if (form.dataset.method === 'PATCH') {
            var changedNames = {};
            fields.forEach(function (el) {
                if (changed(el)) {
                    changedNames[el.name] = true;
                }
            });
            fields = fields.filter(function (el) { return changedNames[el.name]; });
        }
        fields.forEach(function (el) {
            var type = el.dataset.type;
            if (type === 'list') {
                var list = body[el.name] || [];
                if (el.checked) {
                    list.push(el.value);
                }
                body[el.name] = list;
                return;
            }
            var value;
            if (type === 'boolean') {
                value = el.checked;
            } else if (el.type === 'radio') {
                if (!el.checked) {
                    return;
                }
                value = el.value;
            } else {
                value = el.value.trim();
                if (value === '') {
                    if (el.dataset.empty === 'omit') {
                        return;
                    }
                    value = el.dataset.empty === 'null' ? null : value;
                } else if (type === 'number') {
                    value = Number(value);
                } else if (type === 'json') {
                    value = JSON.parse(value);
                }
            }
            setPath(body, el.name, value);
        });
        return body;
    }

    function fill(form, json) {
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || !(el.name in json) || json[el.name] === null) {
                return;
            }
            if (el.dataset.type === 'boolean') {
                el.checked = Boolean(json[el.name]);
            } else if (el.type !== 'password') {
                el.value = json[el.name];
            }
        });
    }

    content.addEventListener('submit', function (event) {
        var confirmed = event.target.closest('form[data-confirm]');
        if (confirmed && !window.confirm(confirmed.dataset.confirm)) {
            event.preventDefault();
            return;
        }
        var form = event.target.closest('.api-form');
        if (!form) {
            return;
        }
        event.preventDefault();
        form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
        var body;
        try {
            body = fieldsOf(form);
        } catch (e) {
            failed(form, e);
            return;
        }
        if (form.dataset.bulk) {
            var selected = document.querySelectorAll('input[name="' + form.dataset.bulk + '"]:checked');
            body = Array.prototype.map.call(selected, function (box) {
                return Object.assign({ jobId: Number(box.value) }, body);
            });
        }
        api(form.dataset.method || 'POST', form.dataset.api, body)
            .then(function () { done(form); })
            .catch(function (error) { failed(form, error); });
    });

    content.addEventListener('click', function (event) {
        var button = event.target.closest('.api-button');
        if (!button || (button.dataset.confirm && !window.confirm(button.dataset.confirm))) {
            return;
        }
        button.disabled = true;
        var body = button.dataset.body ? JSON.parse(button.dataset.body) : undefined;
        api(button.dataset.method || 'POST', button.dataset.api, body)
            .then(function (json) {
                done(button, describe(json));
                if (button.dataset.progress) {
                    watchProgress(button.dataset.progress, document.getElementById(button.dataset.progressTarget));
                }
            })
            .catch(function (error) { failed(null, error); })
            .finally(function () { button.disabled = false; });
    });

    // data-progress="URL": after the click, show the progress the URL reports until it stops running.
    function watchProgress(url, target) {
        api('GET', url).then(function (progress) {
            target.hidden = false;
            target.textContent = target.dataset.text.replace(/\{(\w+)\}/g, function (all, key) {
                return progress[key] === undefined ? all : progress[key];
            });
            if (progress.running) {
                window.setTimeout(function () { watchProgress(url, target); }, 1000);
            }
        }).catch(function (error) { failed(null, error); });
    }

    // A few answers say more than "saved": a connection test, a channel test.
    function describe(json) {
        if (json && json.delivered === false) {
            throw new Error(json.error);
        }
        if (json && json.ok === false) {
            throw new Error(json.error || json.problem);
        }
        return json && json.message ? json.message : null;
    }

    // Forms that show stored values read through the API (a server's Duplicati connection: null when it has none,
    // and the empty form adds one).
    document.querySelectorAll('.api-form[data-load]').forEach(function (form) {
        api('GET', form.dataset.load).then(function (json) {
            if (!json) {
                return;
            }
            fill(form, json);
            var link = form.querySelector('[data-duplicati-link]');
            if (link && window.dupliwatch.duplicatiUrl(json)) {
                link.href = window.dupliwatch.duplicatiUrl(json);
                link.hidden = false;
            }
        }).catch(function (error) { toast(error.message); });
    });

    // ---- Notifications: channels
    var channels = document.getElementById('channels');
    if (channels) {
        api('GET', channels.dataset.api).then(function (list) {
            var template = document.getElementById('channel-template');
            document.getElementById('channels-empty').hidden = list.length > 0;
            list.forEach(function (channel) {
                var item = template.content.firstElementChild.cloneNode(true);
                var url = channels.dataset.api + '/' + window.dupliwatch.segment(channel.id);
                item.querySelector('.channel-name').textContent = channel.name;
                item.querySelector('.channel-kind').textContent = channel.kind;
                var language = item.querySelector('.channel-language');
                language.value = channel.language || '';
                language.addEventListener('change', function () {
                    api('PUT', url, { language: language.value || null })
                        .then(function (saved) { channel.language = saved.language; toast(content.dataset.saved, 'success'); })
                        .catch(function (error) { language.value = channel.language || ''; failed(null, error); });
                });
                var enabled = item.querySelector('.channel-enabled');
                enabled.checked = channel.enabled;
                enabled.addEventListener('change', function () {
                    api('PUT', url, { name: channel.name, kind: channel.kind, enabled: enabled.checked, settings: channel.settings })
                        .then(function () { toast(content.dataset.saved, 'success'); })
                        .catch(function (error) { enabled.checked = !enabled.checked; failed(null, error); });
                });
                item.querySelector('.channel-test').addEventListener('click', function (event) {
                    event.target.disabled = true;
                    api('POST', url + '/test', {})
                        .then(function (json) { done(event.target, describe(json)); })
                        .catch(function (error) { failed(null, error); })
                        .finally(function () { event.target.disabled = false; });
                });
                item.querySelector('.channel-delete').addEventListener('click', function (event) {
                    if (window.confirm(event.target.dataset.confirm)) {
                        api('DELETE', url).then(function () { item.remove(); }).catch(function (error) { failed(null, error); });
                    }
                });
                channels.append(item);
            });
        }).catch(function (error) { failed(null, error); });

        var examples = {
            ntfy: { serverUrl: 'https://ntfy.sh', topic: 'backups' },
            email: { host: 'smtp.example.com', port: 587, security: 'starttls', username: 'me', password: '', from: 'dupliwatch@example.com', to: ['me@example.com'] },
            webhook: { url: 'https://example.com/hook' },
            apprise: { url: 'http://apprise:8000/notify/dupliwatch' },
            gotify: { serverUrl: 'https://gotify.example.com', token: '', priority: 5 },
            telegram: { botToken: '', chatId: '', apiUrl: 'https://api.telegram.org' },
            discord: { webhookUrl: '' }
        };
        var kind = document.getElementById('channel-kind');
        var settings = document.getElementById('channel-settings');
        var example = function () { settings.value = JSON.stringify(examples[kind.value] || {}, null, 2); };
        kind.addEventListener('change', example);
        example();
    }

    // ---- Notifications: per-job filter. The API replaces all of a job's settings: send back what it holds.
    document.querySelectorAll('.notify-filter').forEach(function (select) {
        api('GET', select.dataset.api).then(function (job) {
            select.value = job.filter;
            select.disabled = false;
            select.addEventListener('change', function () {
                var switches = {};
                (job.channels || []).forEach(function (channel) { switches[channel.id] = channel.enabled; });
                api('PUT', select.dataset.api, { filter: select.value, channels: switches, extraRecipients: job.extraRecipients })
                    .then(function (saved) { job = saved; toast(content.dataset.saved, 'success'); })
                    .catch(function (error) { select.value = job.filter; failed(null, error); });
            });
        });
    });

    // ---- Notifications: templates with a live preview
    var templates = document.getElementById('templates');
    if (templates) {
        api('GET', templates.dataset.api).then(function (all) {
            var template = document.getElementById('template-template');
            all.templates.forEach(function (view) {
                var item = template.content.firstElementChild.cloneNode(true);
                var url = templates.dataset.api + '/' + window.dupliwatch.segment(view.event.toLowerCase());
                var form = item.querySelector('form');
                var name = document.querySelector('#event-names [data-event="' + view.event.toLowerCase() + '"]');
                item.querySelector('.template-event').textContent = name.textContent + (view.custom ? ' *' : '');
                var title = form.elements.title;
                var body = form.elements.body;
                title.value = view.title;
                body.value = view.body;
                item.querySelector('.template-variables').textContent = all.variables.map(function (name) {
                    return '{' + name + '}';
                }).join(' ');
                var timer = null;
                var preview = function () {
                    if (!templates.dataset.run) {
                        item.querySelector('.preview-title').textContent = templates.dataset.noRun;
                        return;
                    }
                    api('POST', url + '/preview', { runId: Number(templates.dataset.run), title: title.value, body: body.value }).then(function (out) {
                        item.querySelector('.preview-title').textContent = out.title;
                        item.querySelector('.preview-body').textContent = out.body;
                    }).catch(function (error) {
                        item.querySelector('.preview-title').textContent = error.message;
                        item.querySelector('.preview-body').textContent = '';
                    });
                };
                form.addEventListener('input', function () {
                    clearTimeout(timer);
                    timer = setTimeout(preview, 300);
                });
                item.addEventListener('toggle', function () {
                    if (item.open) {
                        preview();
                    }
                });
                form.addEventListener('submit', function (event) {
                    event.preventDefault();
                    api('PUT', url, { title: title.value, body: body.value })
                        .then(function () { toast(content.dataset.saved, 'success'); })
                        .catch(function (error) { failed(form, error); });
                });
                item.querySelector('.template-reset').addEventListener('click', function () {
                    api('DELETE', url).then(function (json) {
                        title.value = json.title;
                        body.value = json.body;
                        preview();
                    }).catch(function (error) { failed(form, error); });
                });
                templates.append(item);
            });
        }).catch(function (error) { failed(null, error); });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var message = sessionStorage.getItem(RELOAD_TOAST);
        if (message) {
            sessionStorage.removeItem(RELOAD_TOAST);
            toast(message, 'success');
        }
    });
})();
